import Consortium
import Foundation
import PinakesCore
import SQLKit

extension RecordImporter {
    struct StoredRecord {
        var id: Int64
        var hash: String
        var version: Int64
        var deleted: Bool
    }

    /// Stores one batch of drafts and their items in one transaction, with its audit row.
    func store(
        _ batch: [SourceRecordDraft], library: Library, itemLibraries: [String: Identifier<Library>], runID: Int64,
        actor: String, tally: inout ImportTally
    ) async throws {
        let now = clock.epochSeconds
        let (delta, unknown) = try await database.transaction { sql in
            var delta = ImportSummary(file: "")
            var unknown: [String: Int] = [:]
            let existing = try await existingRecords(batch.map(\.sourceID), library: library, sql: sql)
            var recordIDs: [String: Int64] = [:]
            var fresh: [SourceRecordDraft] = []
            for draft in batch {
                guard let stored = existing[draft.sourceID] else {
                    if draft.deleted {
                        delta.notes.append(
                            "record \(draft.recordNumber): \(draft.sourceID) is marked deleted but was never stored")
                    } else {
                        fresh.append(draft)
                    }
                    continue
                }
                recordIDs[draft.sourceID] = stored.id
                if stored.hash == draft.contentHash && stored.deleted == draft.deleted {
                    delta.unchanged += 1
                    continue
                }
                try await replace(stored, with: draft, runID: runID, now: now, sql: sql)
                if draft.deleted { delta.deleted += 1 } else { delta.updated += 1 }
            }
            for (sourceID, id) in try await insert(fresh, library: library, runID: runID, now: now, sql: sql) {
                recordIDs[sourceID] = id
            }
            delta.new = fresh.count
            let itemBatch = batch.filter { !$0.deleted }
            try await storeItems(
                itemBatch, recordIDs: recordIDs, library: library, itemLibraries: itemLibraries, now: now,
                sql: sql, delta: &delta, unknownCodes: &unknown)
            try await updateRun(runID, adding: delta, sql: sql)
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "catalog.import", entity: "import_run",
                entityID: String(runID),
                detail: "new \(delta.new), updated \(delta.updated), deleted \(delta.deleted), "
                    + "items new \(delta.itemsNew), updated \(delta.itemsUpdated)")
            return (delta, unknown)
        }
        tally.summary.new += delta.new
        tally.summary.updated += delta.updated
        tally.summary.unchanged += delta.unchanged
        tally.summary.deleted += delta.deleted
        tally.summary.itemsNew += delta.itemsNew
        tally.summary.itemsUpdated += delta.itemsUpdated
        tally.summary.itemsRejected += delta.itemsRejected
        tally.summary.notes += delta.notes
        for (code, count) in unknown { tally.unknownCodes[code, default: 0] += count }
    }

    private func existingRecords(_ sourceIDs: [String], library: Library, sql: any SQLDatabase) async throws
        -> [String: StoredRecord]
    {
        var result: [String: StoredRecord] = [:]
        for chunk in sourceIDs.chunked(500) {
            let rows = try await sql.select()
                .columns("id", "source_id", "content_hash", "version", "deleted")
                .from("bib_source_record")
                .where("library_id", .equal, SQLBind(library.id.rawValue))
                .where(SQLColumn("source_id"), .in, SQLGroupExpression(chunk.map { SQLBind($0) }))
                .all()
            for row in rows {
                result[try row.decode(column: "source_id", as: String.self)] = StoredRecord(
                    id: try row.decode(column: "id", as: Int64.self),
                    hash: try row.decode(column: "content_hash", as: String.self),
                    version: try row.decode(column: "version", as: Int64.self),
                    deleted: try row.decode(column: "deleted", as: Bool.self))
            }
        }
        return result
    }

    private func insert(
        _ drafts: [SourceRecordDraft], library: Library, runID: Int64, now: Int64, sql: any SQLDatabase
    ) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for chunk in drafts.chunked(200) {
            let insert = sql.insert(into: "bib_source_record")
                .columns(
                    "library_id", "source_id", "version", "format", "marc", "content_hash", "dialect", "title",
                    "deleted", "import_run_id", "created_at", "updated_at")
            for draft in chunk {
                insert.values(
                    SQLBind(library.id.rawValue), SQLBind(draft.sourceID), SQLBind(Int64(1)), SQLBind(draft.format),
                    SQLBind(Data(draft.marc)), SQLBind(draft.contentHash), SQLBind(draft.dialect), SQLBind(draft.title),
                    SQLBind(false), SQLBind(runID), SQLBind(now), SQLBind(now))
            }
            let rows = try await insert.returning("id", "source_id").all()
            for row in rows {
                ids[try row.decode(column: "source_id", as: String.self)] = try row.decode(column: "id", as: Int64.self)
            }
        }
        return ids
    }

    /// Keeps the old version in `bib_source_version`, then writes the new one over the current row.
    private func replace(
        _ stored: StoredRecord, with draft: SourceRecordDraft, runID: Int64, now: Int64, sql: any SQLDatabase
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
            .where("id", .equal, SQLBind(stored.id))
            .run()
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
