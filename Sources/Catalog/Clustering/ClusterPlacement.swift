import Foundation
import SQLKit

/// Places member records in clusters inside the import's transaction, incrementally: only records sharing a
/// key with the incoming ones are read, never the whole catalogue.
struct ClusterPlacement {
    /// A record that may be joined: already stored, or placed earlier in the same batch.
    struct Member {
        var recordID: Int64?
        var clusterID: Int64
        var points: MatchPoints
    }

    let sql: any SQLDatabase
    let now: Int64
    private var members: [Member] = []
    private var byKey: [MatchKey: [Int]] = [:]
    /// Clusters opened by this batch, numbered -1, -2, … until `createNewClusters` stores them all at once.
    private var provisional: Int64 = 0

    init(sql: any SQLDatabase, now: Int64) {
        self.sql = sql
        self.now = now
    }

    /// Loads the stored records that share any key with `points`, leaving out `excluded` (records being re-placed).
    mutating func loadCandidates(for points: [MatchPoints], excluding excluded: Set<Int64>) async throws {
        let values = Array(Set(points.flatMap { $0.keys.map(\.value) }))
        let decoder = JSONDecoder()
        var seen: Set<Int64> = []
        for chunk in values.chunked(400) {
            let rows = try await sql.raw(
                """
                SELECT k.kind, k.value, r.id, r.cluster_id, r.match_points
                FROM bib_match_key k JOIN bib_source_record r ON r.id = k.record_id
                WHERE k.value IN (\(binds: Array(chunk))) AND r.deleted = \(bind: false) AND r.cluster_id IS NOT NULL
                """
            ).all()
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                guard !excluded.contains(id), seen.insert(id).inserted else { continue }
                let json = try row.decode(column: "match_points", as: String.self)
                guard let stored = try? decoder.decode(MatchPoints.self, from: Data(json.utf8)) else { continue }
                remember(
                    Member(
                        recordID: id, clusterID: try row.decode(column: "cluster_id", as: Int64.self), points: stored))
            }
        }
    }

    /// The cluster for a record with `points`: an existing one it matches, or a new one (a negative, provisional
    /// id until `createNewClusters`). The record then counts as a candidate for the records placed after it.
    mutating func place(_ points: MatchPoints) -> Int64 {
        let indexes = Set(points.keys.flatMap { byKey[$0] ?? [] }).sorted()
        let candidates = indexes.map {
            ClusterMatcher.Candidate(clusterID: members[$0].clusterID, points: members[$0].points)
        }
        let cluster: Int64
        if let existing = ClusterMatcher.cluster(for: points, among: candidates) {
            cluster = existing
        } else {
            provisional -= 1
            cluster = provisional
        }
        remember(Member(recordID: nil, clusterID: cluster, points: points))
        return cluster
    }

    /// Stores the clusters this batch opened, in one statement per few hundred, and maps provisional ids to real ones.
    func createNewClusters() async throws -> [Int64: Int64] {
        var real: [Int64: Int64] = [:]
        let wanted = Array(stride(from: Int64(-1), through: provisional, by: -1))
        for chunk in wanted.chunked(500) {
            let insert = sql.insert(into: "bib_cluster").columns("record_count", "created_at", "updated_at")
            for _ in chunk { insert.values(SQLBind(Int64(0)), SQLBind(now), SQLBind(now)) }
            let ids = try await insert.returning("id").all().map { try $0.decode(column: "id", as: Int64.self) }
                .sorted()
            guard ids.count == chunk.count else { throw ClusterStoreError.notStored("\(chunk.count) new clusters") }
            for (provisionalID, id) in zip(chunk, ids) { real[provisionalID] = id }
        }
        return real
    }

    private mutating func remember(_ member: Member) {
        for key in member.points.keys { byKey[key, default: []].append(members.count) }
        members.append(member)
    }
}
