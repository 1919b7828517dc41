import Catalog
import Foundation

/// The query set through `SimpleQuery.parse` and `CatalogSearch.search` in this process: latency with and without
/// facets, and which queries find their record among the top 20 titles.
struct SearchInProcess {
    let search: CatalogSearch
    let queries: [BenchQuery]

    struct Outcome: Sendable {
        var withFacets: Percentiles?
        var withoutFacets: Percentiles?
        /// Kind → (queries whose record is in the top 20, queries with an expected record).
        var found: [String: (found: Int, of: Int)] = [:]
        var failures: [String] = []
    }

    func run() async -> Outcome {
        var outcome = Outcome()
        for query in queries { _ = try? await page(query, facets: true) }  // warm-up: caches, statements, pages
        var plain: [Double] = []
        var faceted: [Double] = []
        for query in queries {
            for facets in [false, true] {
                let start = ContinuousClock.now
                do {
                    _ = try await page(query, facets: facets)
                    let seconds = (ContinuousClock.now - start).seconds
                    if facets { faceted.append(seconds) } else { plain.append(seconds) }
                } catch {
                    if facets { outcome.failures.append("\(query.kind) «\(query.text)»: \(error)") }
                }
            }
        }
        outcome.withFacets = Percentiles(seconds: faceted)
        outcome.withoutFacets = Percentiles(seconds: plain)
        outcome.found = await recall()
        return outcome
    }

    /// One page of 20 titles, as the search box asks for it.
    func page(_ query: BenchQuery, facets: Bool) async throws -> SearchResponse {
        let (parsed, filters) = try SimpleQuery.parse(query.text)
        return try await search.search(SearchRequest(query: parsed, filters: filters, limit: 20, facets: facets))
    }

    /// Whether each query with an expected record finds it: the record is a member of one of the top 20 titles.
    private func recall() async -> [String: (found: Int, of: Int)] {
        var members: [Int64: Set<String>] = [:]
        var found: [String: (found: Int, of: Int)] = [:]
        for query in queries {
            guard let expected = query.expected else { continue }
            var hit = false
            if let response = try? await page(query, facets: false) {
                for result in response.results where !hit {
                    if members[result.id] == nil {
                        let detail = try? await search.cluster(id: result.id)
                        members[result.id] = Set(detail?.members.map(\.sourceID) ?? [])
                    }
                    hit = members[result.id]?.contains(expected) ?? false
                }
            }
            let tally = found[query.kind] ?? (0, 0)
            found[query.kind] = (tally.found + (hit ? 1 : 0), tally.of + 1)
        }
        return found
    }
}
