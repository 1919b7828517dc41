import Catalog

/// The catalogue as the Z39.50 server sees it: result sets found by a selection, the titles at their
/// positions with display records, and the browse lists for Scan.
public struct Z3950Catalog: Sendable {
    public let search: CatalogSearch
    public let browse: BrowseIndex

    public init(search: CatalogSearch, browse: BrowseIndex) {
        self.search = search
        self.browse = browse
    }

    /// The title at one position of a result set: its cluster id, and the title with its display record as
    /// they are now (`result` nil when the title has left the catalogue, `record` nil when the record is gone).
    struct Title: Sendable {
        var id: Int64
        var result: SearchResult?
        var record: MemberRecord?
    }

    /// Runs `selection` once: how many titles it finds and the cluster ids of the first `snapshotLimit` of
    /// them, in the stable relevance order of the search. A local number is a one-title snapshot.
    func resultSet(_ selection: Z3950Selection, snapshotLimit: Int) async throws -> Z3950Session.ResultSet {
        switch selection {
        case .catalog(let query, let filters):
            let ranked = try await search.clusterIDs(request(query, filters, offset: 0, limit: snapshotLimit))
            return Z3950Session.ResultSet(selection: selection, count: ranked.total, snapshot: ranked.ids)
        case .cluster(let id):
            let found = try await search.titles(ids: [id]).map(\.id)
            return Z3950Session.ResultSet(selection: selection, count: found.count, snapshot: found)
        }
    }

    /// The titles at 0-based positions `offset ..< offset + limit` of `set` (not past its count). Positions in
    /// the snapshot are the titles the search found there, fetched by id; positions past it run the query
    /// again for that range, so there a catalogue changed since the search may shift titles.
    func titles(_ set: Z3950Session.ResultSet, offset: Int, limit: Int) async throws -> [Title] {
        let end = min(offset + max(0, limit), set.count)
        guard offset >= 0, offset < end else { return [] }
        let kept = set.snapshot.count
        var ids = offset < kept ? Array(set.snapshot[offset..<min(end, kept)]) : []
        if end > kept, case .catalog(let query, let filters) = set.selection {
            let from = max(offset, kept)
            ids += try await search.clusterIDs(request(query, filters, offset: from, limit: end - from)).ids
        }
        let found = try await search.titles(ids: ids)
        let results = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let records = try await search.records(ids: found.map(\.displayRecordID))
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.map { id in
            let result = results[id]
            return Title(id: id, result: result, record: result.flatMap { byID[$0.displayRecordID] })
        }
    }

    private func request(_ query: SearchQuery, _ filters: SearchFilters, offset: Int, limit: Int) -> SearchRequest {
        SearchRequest(query: query, filters: filters, sort: .relevance, offset: offset, limit: limit, facets: false)
    }
}
