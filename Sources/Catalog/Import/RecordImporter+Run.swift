import Consortium
import PinakesCore
import SQLKit

extension RecordImporter {
    /// Opens the `bib_import_run` row that every batch of this import points to; `input` identifies a file
    /// (harvests have none), so that an interrupted import of it can resume.
    func startRun(library: Library, source: String, format: String, actor: String, input: ImportInput? = nil)
        async throws -> Int64
    {
        let now = clock.epochSeconds
        return try await database.transaction { sql in
            let row = try await sql.insert(into: "bib_import_run")
                .columns(
                    "library_id", "actor", "source", "format", "started_at", "input_size", "input_modified_at",
                    "input_hash", "owner"
                )
                .values(
                    SQLBind(library.id.rawValue), SQLBind(actor), SQLBind(source), SQLBind(format), SQLBind(now),
                    SQLBind(input?.size), SQLBind(input?.modifiedAt), SQLBind(input?.hash),
                    SQLBind(input.map { _ in ImportRunOwner.current })
                )
                .returning("id")
                .first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw PinakesError.conflict("the import run for \(source) could not be recorded")
            }
            return id
        }
    }

    func updateRun(_ runID: Int64, adding delta: ImportSummary, sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE bib_import_run SET
                records_new = records_new + \(bind: Int64(delta.new)),
                records_updated = records_updated + \(bind: Int64(delta.updated)),
                records_unchanged = records_unchanged + \(bind: Int64(delta.unchanged)),
                records_deleted = records_deleted + \(bind: Int64(delta.deleted)),
                items_new = items_new + \(bind: Int64(delta.itemsNew)),
                items_updated = items_updated + \(bind: Int64(delta.itemsUpdated)),
                items_rejected = items_rejected + \(bind: Int64(delta.itemsRejected.count))
            WHERE id = \(bind: runID)
            """
        ).run()
    }

    func finishRun(_ runID: Int64, summary: ImportSummary) async throws {
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.update("bib_import_run")
                .set("finished_at", to: SQLBind(now))
                .set("records_read", to: SQLBind(Int64(summary.read)))
                .set("records_rejected", to: SQLBind(Int64(summary.rejected.count)))
                .set("status", to: SQLBind(summary.read == 0 ? "failed" : "finished"))
                .where("id", .equal, SQLBind(runID))
                .run()
            // The ledger only serves a resume of this run, which can no longer happen.
            try await sql.raw("DELETE FROM bib_import_ledger WHERE run_id = \(bind: runID)").run()
        }
        ImportMetrics.record(summary)
        if database.backend == .postgres, summary.new + summary.itemsNew > 1_000 {
            // Fresh statistics after a large load, so PostgreSQL plans circulation's per-title queries by title
            // rather than walking a whole library's copies until autovacuum gets round to it.
            try await database.withConnection { sql in
                try await sql.raw("ANALYZE bib_source_record, item_copy, bib_cluster, bib_match_key").run()
            }
        }
    }
}
