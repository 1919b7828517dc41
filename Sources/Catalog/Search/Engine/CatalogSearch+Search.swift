import Consortium
import Foundation
import PinakesCore

extension CatalogSearch {
    /// The largest page a caller may ask for.
    public static let maximumLimit = 100

    /// Runs `request`: the exact number of titles, one page of them with holdings, and facet counts over all
    /// hits. Throws `CQLError` for a query that cannot be run and `PinakesError.invalidInput` for a bad
    /// page, filter or home library.
    public func search(_ request: SearchRequest) async throws -> SearchResponse {
        guard (0...Self.maximumLimit).contains(request.limit) else {
            throw PinakesError.invalidInput("limit must be between 0 and \(Self.maximumLimit), not \(request.limit)")
        }
        guard request.offset >= 0 else {
            throw PinakesError.invalidInput("offset must be 0 or more, not \(request.offset)")
        }
        let directory = try await LibraryIndex(libraries.all())
        let home = try request.homeLibrary.map { try directory.require($0) }
        let (hits, facets) = try await ranked(request, directory: directory)
        let page = Array(hits.dropFirst(request.offset).prefix(request.limit))
        let results = try await results(
            page.map(\.clusterID), scores: request.sort == .relevance ? page.map(\.score) : nil,
            directory: directory, home: home)
        return SearchResponse(
            total: hits.count, offset: request.offset, limit: request.limit, results: results, facets: facets)
    }

    /// Orders hits; every order ends with the cluster id so pages never overlap.
    static func sort(_ hits: inout [SearchHit], by sort: SearchRequest.Sort) {
        switch sort {
        case .relevance:
            hits.sort { ($0.score, -$0.clusterID) > ($1.score, -$1.clusterID) }
        case .year:
            hits.sort { ($0.year ?? Int.min, -$0.clusterID) > ($1.year ?? Int.min, -$1.clusterID) }
        case .yearAscending:
            hits.sort { ($0.year ?? Int.max, $0.clusterID) < ($1.year ?? Int.max, $1.clusterID) }
        case .title:
            hits.sort { ($0.titleKey, $0.clusterID) < ($1.titleKey, $1.clusterID) }
        }
    }
}

/// Which hits pass the reader's filters.
struct HitFilter {
    let filters: SearchFilters
    /// Library ids of the chosen libraries and everything below them; nil when no library was chosen.
    let scope: Set<Int64>?
    let exactTitles: [String]

    func admits(_ hit: SearchHit) -> Bool {
        if let scope, !hit.libraries.contains(where: scope.contains) { return false }
        if filters.availableNow {
            let onShelf =
                scope.map { scope in hit.availableAt.contains(where: scope.contains) } ?? !hit.availableAt.isEmpty
            if !onShelf { return false }
        }
        if !filters.formats.isEmpty, !filters.formats.contains(hit.material ?? "") { return false }
        if !filters.languages.isEmpty, !filters.languages.contains(hit.language ?? "") { return false }
        if !filters.classes.isEmpty, !filters.classes.contains(hit.classCode ?? "") { return false }
        if !filters.decades.isEmpty {
            guard let year = hit.year, filters.decades.contains(year / 10 * 10) else { return false }
        }
        if let from = filters.yearFrom {
            guard let year = hit.year, year >= from else { return false }
        }
        if let to = filters.yearTo {
            guard let year = hit.year, year <= to else { return false }
        }
        if !exactTitles.isEmpty, !exactTitles.contains(hit.titleKey) { return false }
        return true
    }
}
