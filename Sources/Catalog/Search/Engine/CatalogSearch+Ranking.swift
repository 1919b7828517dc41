import Consortium
import Foundation
import PinakesCore

/// The cluster ids a search finds, in its order, without their display records or holdings.
public struct RankedClusters: Sendable, Hashable {
    /// How many titles the search finds in all.
    public var total: Int
    /// The ids at positions `offset ..< offset + limit` of the request, in the order `search` pages through.
    public var ids: [Int64]
}

extension CatalogSearch {
    /// The ordered cluster ids of `request` (its query, filters, sort and `offset`; `limit` may exceed
    /// `maximumLimit`, facets are not counted). Cheap next to `search`: no display records or holdings are
    /// read, so a protocol can keep a result set as ids (Z39.50) and fetch its titles later with `titles(ids:)`.
    public func clusterIDs(_ request: SearchRequest) async throws -> RankedClusters {
        guard request.offset >= 0, request.limit >= 0 else {
            throw PinakesError.invalidInput("offset and limit must be 0 or more")
        }
        var unfaceted = request
        unfaceted.facets = false
        let (hits, _) = try await ranked(unfaceted, directory: try await LibraryIndex(libraries.all()))
        return RankedClusters(
            total: hits.count, ids: hits.dropFirst(request.offset).prefix(request.limit).map(\.clusterID))
    }

    /// Titles by cluster id, in the order of `ids`, with holdings nearest first from `homeLibrary`; a cluster
    /// with no record left (its records deleted, or merged into another cluster) is left out. Scores are 0.
    public func titles(ids: [Int64], homeLibrary: String? = nil) async throws -> [SearchResult] {
        guard !ids.isEmpty else { return [] }
        let directory = try await LibraryIndex(libraries.all())
        let home = try homeLibrary.map { try directory.require($0) }
        var found: [SearchResult] = []
        for chunk in ids.chunked(400) {
            found += try await results(Array(chunk), scores: nil, directory: directory, home: home)
        }
        return found
    }

    /// The hits of `request` that pass its filters, boosted and sorted as it asks (every order ends with the
    /// cluster id, so the ranking is stable), and the facet counts over them when `request.facets`.
    func ranked(_ request: SearchRequest, directory: LibraryIndex) async throws
        -> (hits: [SearchHit], facets: [String: [FacetCount]])
    {
        let match = request.query == .everything ? nil : try MatchCompiler.compile(request.query)
        let scope = try directory.scope(request.filters.libraries)
        let found = try await reading { sql in
            try await SearchHitQuery.hits(match: match, backend: database.backend, sql: sql)
        }
        let filter = HitFilter(filters: request.filters, scope: scope, exactTitles: match?.exactTitles ?? [])
        var hits = found.filter(filter.admits)
        let facets = request.facets ? FacetCounter.count(hits, scope: scope, directory: directory) : [:]
        if let key = match?.titleKey {
            for index in hits.indices where hits[index].titleKey == key {
                hits[index].score = hits[index].score * 2 + 1
            }
        }
        Self.sort(&hits, by: match == nil && request.sort == .relevance ? .title : request.sort)
        return (hits, facets)
    }
}
