import Foundation
import PinakesCore
import SQLKit

extension HarvestRegistry {
    /// A harvest that ran longer than this is taken to have died with its process, and may be run again.
    static let staleRunSeconds: Int64 = 6 * 3_600

    /// Marks the source running, unless another harvest of it is; false when one is.
    func claim(_ sourceID: Int64) async throws -> Bool {
        let now = clock.epochSeconds
        return try await database.transaction { sql in
            let row = try await sql.raw(
                """
                UPDATE harvest_source SET last_status = 'running', last_run_at = \(bind: now)
                WHERE id = \(bind: sourceID)
                    AND (last_status <> 'running' OR last_run_at IS NULL OR last_run_at < \(bind: now - Self.staleRunSeconds))
                RETURNING id
                """
            ).first()
            return row != nil
        }
    }

    /// Marks a claimed source failed when its harvest could not even start.
    func release(_ sourceID: Int64) async throws {
        try await database.transaction { sql in
            try await sql.raw("UPDATE harvest_source SET last_status = 'failed' WHERE id = \(bind: sourceID)").run()
        }
    }

    /// Opens the `harvest_run` row of a harvest.
    func startRun(_ run: HarvestRun, libraryID: Int64) async throws -> Int64 {
        try await database.transaction { sql in
            let row = try await sql.raw(
                """
                INSERT INTO harvest_run (source_id, base_url, library_id, from_date, started_at, import_run_id)
                VALUES (\(bind: run.sourceID), \(bind: run.baseURL), \(bind: libraryID), \(bind: run.from),
                    \(bind: run.startedAt), \(bind: run.importRunID))
                RETURNING id
                """
            ).first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw HarvestError.invalidSource("the harvest run of \(run.baseURL) could not be recorded")
            }
            return id
        }
    }

    /// Writes a run's `from` and counts (after each page, so a long harvest shows its progress) and, when it has
    /// ended, the source's status and, for a complete harvest, its next `from`.
    func record(_ run: HarvestRun, nextFrom: String?) async throws {
        try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE harvest_run SET from_date = \(bind: run.from), finished_at = \(bind: run.finishedAt),
                    pages = \(bind: Int64(run.pages)),
                    records_new = \(bind: Int64(run.new)), records_updated = \(bind: Int64(run.updated)),
                    records_unchanged = \(bind: Int64(run.unchanged)), records_deleted = \(bind: Int64(run.deleted)),
                    records_rejected = \(bind: Int64(run.rejected)),
                    deletions_unknown = \(bind: Int64(run.deletionsUnknown)),
                    response_date = \(bind: run.responseDate), status = \(bind: run.status), error = \(bind: run.error)
                WHERE id = \(bind: run.id)
                """
            ).run()
            guard run.status != "running", let sourceID = run.sourceID else { return }
            try await sql.raw(
                """
                UPDATE harvest_source SET last_status = \(bind: run.status),
                    last_from = COALESCE(\(bind: nextFrom), last_from), updated_at = \(bind: clock.epochSeconds)
                WHERE id = \(bind: sourceID)
                """
            ).run()
        }
    }

    /// The most recent runs, newest first: of one source, or of the given libraries, or of all.
    public func runs(sourceID: Int64? = nil, libraryIDs: Set<Int64>? = nil, limit: Int = 20) async throws
        -> [HarvestRun]
    {
        let rows = try await database.withConnection { sql in
            let query = SQLQueryString(
                """
                SELECT r.*, l.code FROM harvest_run r JOIN org_library l ON l.id = r.library_id
                """)
            let filter: SQLQueryString = sourceID.map { "WHERE r.source_id = \(bind: $0)" } ?? ""
            return try await sql.raw(
                query + " " + filter + " ORDER BY r.started_at DESC, r.id DESC LIMIT \(bind: Int64(limit * 4))"
            ).all()
        }
        let visible = try rows.filter { row in
            guard let libraryIDs else { return true }
            return libraryIDs.contains(try row.decode(column: "library_id", as: Int64.self))
        }
        let runs = try visible.map(Self.run(from:))
        return Array(runs.prefix(limit))
    }

    /// The run with this id, or nil.
    public func run(id: Int64) async throws -> HarvestRun? {
        try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT r.*, l.code FROM harvest_run r JOIN org_library l ON l.id = r.library_id WHERE r.id = \(bind: id)
                """
            ).first().map(Self.run(from:))
        }
    }

    static func run(from row: any SQLRow) throws -> HarvestRun {
        var run = HarvestRun(
            id: try row.decode(column: "id", as: Int64.self),
            sourceID: try row.decode(column: "source_id", as: Int64?.self),
            baseURL: try row.decode(column: "base_url", as: String.self),
            libraryCode: try row.decode(column: "code", as: String.self),
            from: try row.decode(column: "from_date", as: String?.self),
            startedAt: try row.decode(column: "started_at", as: Int64.self),
            finishedAt: try row.decode(column: "finished_at", as: Int64?.self))
        run.pages = Int(try row.decode(column: "pages", as: Int64.self))
        run.new = Int(try row.decode(column: "records_new", as: Int64.self))
        run.updated = Int(try row.decode(column: "records_updated", as: Int64.self))
        run.unchanged = Int(try row.decode(column: "records_unchanged", as: Int64.self))
        run.deleted = Int(try row.decode(column: "records_deleted", as: Int64.self))
        run.rejected = Int(try row.decode(column: "records_rejected", as: Int64.self))
        run.deletionsUnknown = Int(try row.decode(column: "deletions_unknown", as: Int64.self))
        run.responseDate = try row.decode(column: "response_date", as: String?.self)
        run.status = try row.decode(column: "status", as: String.self)
        run.error = try row.decode(column: "error", as: String?.self)
        run.importRunID = try row.decode(column: "import_run_id", as: Int64?.self)
        return run
    }
}
