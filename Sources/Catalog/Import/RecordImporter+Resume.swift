import Consortium
import Foundation
import PinakesCore
import SQLKit

extension RecordImporter {
    /// The run an import of `input` writes to, with its tally so far: the interrupted last run of the same file,
    /// continued where its last committed batch ended, or a new run. An interrupted run of a file that changed
    /// since (or any, with `restart`) is marked abandoned. Says what it did through `announce`.
    func openRun(
        for input: ImportInput, library: Library, format: String, actor: String, restart: Bool,
        announce: (String) -> Void
    ) async throws -> (runID: Int64, tally: ImportTally) {
        if let last = try await latestRun(of: input.path, library: library), !last.finished {
            if let reason = restart ? "--restart was given" : last.mismatch(with: input, format: format) {
                try await abandon(last.id)
                announce("abandoned interrupted run #\(last.id) of \(input.path): \(reason)")
            } else {
                if last.owner != ImportRunOwner.current, ImportRunOwner.isAlive(last.owner) == true {
                    throw PinakesError.conflict(
                        "run #\(last.id) of \(input.path) is still being written by process \(last.owner ?? "?"); "
                            + "wait for it to end, or stop it and import again")
                }
                let tally = try await resume(last)
                let at = "record \(InterruptedRun.grouped(last.checkpoint.recordsConsumed + 1))"
                let how =
                    format == RecordFileFormat.iso2709.rawValue
                    ? "byte \(InterruptedRun.grouped(last.checkpoint.byteOffset))"
                    : "reading past the \(InterruptedRun.grouped(last.checkpoint.recordsConsumed)) stored"
                announce("resuming run #\(last.id) of \(input.path) at \(at) (\(how))")
                return (last.id, tally)
            }
        }
        let runID = try await startRun(library: library, source: input.path, format: format, actor: actor, input: input)
        var tally = ImportTally(file: input.path)
        tally.summary.runID = runID
        return (runID, tally)
    }

    /// The latest run of the file at `path` (as given) into `library`; harvests, which have no input, never match.
    private func latestRun(of path: String, library: Library) async throws -> InterruptedRun? {
        let row = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT \(unsafeRaw: InterruptedRun.columns) FROM bib_import_run
                WHERE library_id = \(bind: library.id.rawValue) AND source = \(bind: path) AND input_size IS NOT NULL
                ORDER BY id DESC LIMIT 1
                """
            ).first()
        }
        return try row.map { try InterruptedRun(row: $0) }
    }

    /// Takes the run over: marks it resumed by this process and rebuilds its tally from the row and its ledger.
    private func resume(_ run: InterruptedRun) async throws -> ImportTally {
        let entries = try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE bib_import_run SET status = 'resumed', resumes = resumes + 1,
                    owner = \(bind: ImportRunOwner.current)
                WHERE id = \(bind: run.id)
                """
            ).run()
            return try await sql.raw(
                "SELECT entry FROM bib_import_ledger WHERE run_id = \(bind: run.id) ORDER BY batch"
            ).all().map { try $0.decode(column: "entry", as: String.self) }
        }
        var tally = ImportTally(file: run.input.path)
        tally.summary = run.counts
        tally.summary.runID = run.id
        tally.summary.read = run.checkpoint.read
        tally.summary.resumedFrom = run.checkpoint
        let decoder = JSONDecoder()
        for entry in entries {
            tally.replay(try decoder.decode(ImportLedgerEntry.self, from: Data(entry.utf8)))
        }
        return tally
    }

    /// Closes an interrupted run that will not be continued.
    private func abandon(_ runID: Int64) async throws {
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE bib_import_run SET status = 'abandoned', finished_at = \(bind: now)
                WHERE id = \(bind: runID) AND finished_at IS NULL
                """
            ).run()
            try await sql.raw("DELETE FROM bib_import_ledger WHERE run_id = \(bind: runID)").run()
        }
    }

    /// Records in the batch's transaction how far the run got and what the batch leaves for its report.
    func writeCheckpoint(
        _ checkpoint: BatchCheckpoint, runID: Int64, delta: ImportSummary, unknownCodes: [String: Int], now: Int64,
        sql: any SQLDatabase
    ) async throws {
        let position = checkpoint.position
        var entry = checkpoint.ledger
        entry.itemsRejected = delta.itemsRejected
        entry.notes += delta.notes
        entry.unknownCodes = unknownCodes
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
        try await sql.raw(
            """
            UPDATE bib_import_run SET records_consumed = \(bind: Int64(position.recordsConsumed)),
                byte_offset = \(bind: Int64(position.byteOffset)), records_read = \(bind: Int64(position.read)),
                records_rejected = \(bind: Int64(position.rejected)), batches = \(bind: Int64(position.batches)),
                checkpoint_at = \(bind: now)
            WHERE id = \(bind: runID)
            """
        ).run()
        try await sql.insert(into: "bib_import_ledger")
            .columns("run_id", "batch", "entry")
            .values(SQLBind(runID), SQLBind(Int64(position.batches)), SQLBind(json))
            .run()
    }
}
