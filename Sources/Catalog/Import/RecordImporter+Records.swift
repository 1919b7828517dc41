import Consortium
import Foundation
import PinakesCore
import SQLKit

extension RecordImporter {
    func existingRecords(_ sourceIDs: [String], library: Library, sql: any SQLDatabase) async throws
        -> [String: StoredRecord]
    {
        var result: [String: StoredRecord] = [:]
        for chunk in sourceIDs.chunked(500) {
            let rows = try await sql.select()
                .columns("id", "source_id", "content_hash", "version", "deleted", "cluster_id", "cluster_pinned")
                .from("bib_source_record")
                .where("library_id", .equal, SQLBind(library.id.rawValue))
                .where(SQLColumn("source_id"), .in, SQLGroupExpression(chunk.map { SQLBind($0) }))
                .all()
            for row in rows {
                result[try row.decode(column: "source_id", as: String.self)] = StoredRecord(
                    id: try row.decode(column: "id", as: Int64.self),
                    hash: try row.decode(column: "content_hash", as: String.self),
                    version: try row.decode(column: "version", as: Int64.self),
                    deleted: try row.decode(column: "deleted", as: Bool.self),
                    clusterID: try row.decode(column: "cluster_id", as: Int64?.self),
                    pinned: try row.decode(column: "cluster_pinned", as: Bool.self))
            }
        }
        return result
    }

    func insert(
        _ drafts: [SourceRecordDraft], clusters: [String: Int64], library: Library, runID: Int64, now: Int64,
        sql: any SQLDatabase
    ) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for chunk in drafts.chunked(200) {
            let insert = sql.insert(into: "bib_source_record")
                .columns(
                    "library_id", "source_id", "version", "format", "marc", "content_hash", "dialect", "title",
                    "deleted", "import_run_id", "created_at", "updated_at", "cluster_id", "quality", "match_points",
                    "display", "year", "material", "language", "class_code",
                    "title_key")
            for draft in chunk {
                insert.values(
                    SQLBind(library.id.rawValue), SQLBind(draft.sourceID), SQLBind(Int64(1)), SQLBind(draft.format),
                    SQLBind(Data(draft.marc)), SQLBind(draft.contentHash), SQLBind(draft.dialect), SQLBind(draft.title),
                    SQLBind(false), SQLBind(runID), SQLBind(now), SQLBind(now), SQLBind(clusters[draft.sourceID]),
                    SQLBind(Int64(draft.quality)), SQLBind(draft.pointsJSON),
                    SQLBind(draft.facts?.displayJSON ?? ""), SQLBind(draft.facts?.display.year.map(Int64.init)),
                    SQLBind(draft.facts?.material), SQLBind(draft.facts?.language), SQLBind(draft.facts?.classCode),
                    SQLBind(draft.facts?.titleKey ?? ""))
            }
            let rows = try await insert.returning("id", "source_id").all()
            for row in rows {
                ids[try row.decode(column: "source_id", as: String.self)] = try row.decode(column: "id", as: Int64.self)
            }
        }
        return ids
    }

    /// Keeps the old version in `bib_source_version`, then writes the new one over the current row.
    func replace(
        _ stored: StoredRecord, with draft: SourceRecordDraft, clusterID: Int64?, runID: Int64, now: Int64,
        sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO bib_source_version (record_id, version, format, marc, content_hash, deleted, import_run_id,
                replaced_at)
            SELECT id, version, format, marc, content_hash, deleted, import_run_id, \(bind: now)
            FROM bib_source_record WHERE id = \(bind: stored.id)
            """
        ).run()
        try await sql.update("bib_source_record")
            .set("version", to: SQLBind(stored.version + 1))
            .set("format", to: SQLBind(draft.format))
            .set("marc", to: SQLBind(Data(draft.marc)))
            .set("content_hash", to: SQLBind(draft.contentHash))
            .set("dialect", to: SQLBind(draft.dialect))
            .set("title", to: SQLBind(draft.title))
            .set("deleted", to: SQLBind(draft.deleted))
            .set("import_run_id", to: SQLBind(runID))
            .set("updated_at", to: SQLBind(now))
            .set("cluster_id", to: SQLBind(clusterID))
            .set("quality", to: SQLBind(Int64(draft.quality)))
            .set("match_points", to: SQLBind(draft.pointsJSON))
            .set("display", to: SQLBind(draft.facts?.displayJSON ?? ""))
            .set("year", to: SQLBind(draft.facts?.display.year.map(Int64.init)))
            // A deletion keeps the kind of material, so the record stays in its OAI-PMH `format:` set.
            .set(
                "material",
                to: draft.deleted ? SQLColumn("material") as any SQLExpression : SQLBind(draft.facts?.material)
            )
            .set("language", to: SQLBind(draft.facts?.language))
            .set("class_code", to: SQLBind(draft.facts?.classCode))
            .set("title_key", to: SQLBind(draft.facts?.titleKey ?? ""))
            .where("id", .equal, SQLBind(stored.id))
            .run()
    }

    /// Clusters for the new records and for changed ones not pinned by a librarian, and every cluster touched.
    func placeInClusters(
        fresh: [SourceRecordDraft], changed: [(stored: StoredRecord, draft: SourceRecordDraft)], now: Int64,
        sql: any SQLDatabase
    ) async throws -> (placed: [String: Int64], touched: Set<Int64>) {
        let moving = changed.filter { !$0.draft.deleted && !$0.stored.pinned }
        var placement = ClusterPlacement(sql: sql, now: now)
        try await placement.loadCandidates(
            for: (fresh + moving.map(\.draft)).compactMap(\.points), excluding: Set(moving.map(\.stored.id)))
        var placed: [String: Int64] = [:]
        for draft in fresh + moving.map(\.draft) {
            guard let points = draft.points else { continue }
            placed[draft.sourceID] = placement.place(points)
        }
        let real = try await placement.createNewClusters()
        placed = placed.mapValues { real[$0] ?? $0 }
        let touched = Set(placed.values).union(changed.compactMap(\.stored.clusterID))
        return (placed, touched)
    }
}
