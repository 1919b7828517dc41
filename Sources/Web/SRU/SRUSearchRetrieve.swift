import Catalog
import Foundation
import PinakesCore

/// One page of a searchRetrieve answer: the exact count and the records from `startRecord` on.
struct SRUResultPage: Sendable {
    /// One record of the page, already written in the requested schema (or a surrogate diagnostic).
    struct Entry: Sendable {
        var schemaIdentifier: String
        var xml: String
        var position: Int
    }

    var total: Int
    var entries: [Entry]
    /// The position of the record after this page, when there is one.
    var nextPosition: Int?
    /// A diagnostic that comes with the count, such as 61 for a start beyond the last record.
    var problem: SRUDiagnostic?
}

/// searchRetrieve: the CQL query through `CQLSearchMapping` onto the union catalogue, one title (cluster) per
/// SRU record, written from its display record.
enum SRUSearchRetrieve {
    static func run(_ request: SRURequest, search: CatalogSearch) async throws -> SRUResultPage {
        let mapped = try mapQuery(request)
        let searchRequest = SearchRequest(
            query: mapped.query, filters: mapped.filters, sort: mapped.sort ?? .relevance,
            offset: request.startRecord - 1, limit: request.maximumRecords, facets: false)
        let response: SearchResponse
        do {
            response = try await search.search(searchRequest)
        } catch let error as CQLError {
            throw SRUDiagnostic(error)
        } catch PinakesError.invalidInput(let message) {
            throw SRUDiagnostic(10, details: request.query, explanation: message)
        }
        // SRU 1.2 §"startRecord": a start beyond the last record of a non-empty result is diagnostic 61.
        if request.startRecord > response.total && response.total > 0 {
            let beyond = SRUDiagnostic(
                61, details: String(request.startRecord), explanation: "the result has \(response.total) records")
            return SRUResultPage(total: response.total, entries: [], nextPosition: nil, problem: beyond)
        }
        let entries = try await entries(response.results, request: request, search: search)
        let after = request.startRecord + entries.count
        return SRUResultPage(
            total: response.total, entries: entries,
            nextPosition: !entries.isEmpty && after <= response.total ? after : nil)
    }

    /// The query, filters and order; an SRU 1.1 `sortKeys` parameter replaces a CQL `sortBy`.
    static func mapQuery(_ request: SRURequest) throws -> (
        query: SearchQuery, filters: SearchFilters, sort: SearchRequest.Sort?
    ) {
        do {
            var cql = try CQLParser(maximumLength: SearchParameters.maximumQueryLength).parse(request.query)
            if let keys = request.sortKeys { cql.sortKeys = try SRUSortKeys.parse(keys) }
            try SRUSortKeys.check(cql.sortKeys)
            return try CQLSearchMapping.map(cql)
        } catch let error as CQLError {
            throw SRUDiagnostic(error)
        }
    }

    /// The page's records, read in one query; a title whose display record is gone gets a surrogate
    /// diagnostic 64 in its place (SRU 1.2 §"surrogate diagnostics").
    static func entries(_ results: [SearchResult], request: SRURequest, search: CatalogSearch) async throws
        -> [SRUResultPage.Entry]
    {
        let records = try await search.records(ids: results.map(\.displayRecordID))
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return results.enumerated().map { index, result in
            let position = request.startRecord + index
            guard let member = byID[result.displayRecordID] else {
                let missing = SRUDiagnostic(
                    64, details: "record \(result.displayRecordID)", explanation: "the record was withdrawn")
                return SRUResultPage.Entry(
                    schemaIdentifier: "info:srw/schema/1/diagnostics-v1.1",
                    xml: SRUResponseWriter.diagnostic(missing, version: request.version), position: position)
            }
            let xml = SRURecordWriter.write(member.marc, holdings: result.holdings, schema: request.schema)
            return SRUResultPage.Entry(schemaIdentifier: request.schema.identifier, xml: xml, position: position)
        }
    }
}
