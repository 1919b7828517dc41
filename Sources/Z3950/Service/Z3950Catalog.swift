import Catalog
import PinakesCore

/// The catalogue as the Z39.50 server sees it: titles found by a selection, their display records, and the
/// browse lists for Scan.
public struct Z3950Catalog: Sendable {
    public let search: CatalogSearch
    public let browse: BrowseIndex

    public init(search: CatalogSearch, browse: BrowseIndex) {
        self.search = search
        self.browse = browse
    }

    /// One title of a result set with its display record (nil when the record is gone).
    struct Title: Sendable {
        var result: SearchResult
        var record: MemberRecord?
    }

    /// How many titles the selection finds.
    func count(_ selection: Z3950Selection) async throws -> Int {
        switch selection {
        case .catalog(let query, let filters):
            return try await search.search(request(query, filters, offset: 0, limit: 0)).total
        case .cluster(let id):
            return try await cluster(id) == nil ? 0 : 1
        }
    }

    /// The titles at 0-based positions `offset ..< offset + limit`, in the stable order of the search.
    func titles(_ selection: Z3950Selection, offset: Int, limit: Int) async throws -> [Title] {
        var results: [SearchResult] = []
        switch selection {
        case .catalog(let query, let filters):
            var position = offset
            while results.count < limit {
                let size = min(limit - results.count, CatalogSearch.maximumLimit)
                let page = try await search.search(request(query, filters, offset: position, limit: size)).results
                results += page
                position += page.count
                if page.count < size { break }
            }
        case .cluster(let id):
            if offset == 0, limit > 0, let result = try await cluster(id) { results = [result] }
        }
        let records = try await search.records(ids: results.map(\.displayRecordID))
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return results.map { Title(result: $0, record: byID[$0.displayRecordID]) }
    }

    private func request(_ query: SearchQuery, _ filters: SearchFilters, offset: Int, limit: Int) -> SearchRequest {
        SearchRequest(query: query, filters: filters, sort: .relevance, offset: offset, limit: limit, facets: false)
    }

    private func cluster(_ id: Int64) async throws -> SearchResult? {
        do {
            return try await search.cluster(id: id).title
        } catch PinakesError.notFound {
            return nil
        }
    }
}
