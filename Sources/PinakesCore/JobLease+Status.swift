import SQLKit

extension JobLease {
    /// One job's row, as operators see it: who holds it, when it last ran and how, when it is next due.
    public struct Status: Sendable, Hashable, Codable {
        public var name: String
        /// The process running it now, nil when nobody holds it.
        public var holder: String?
        /// Until when the holder's lease runs (ms since 1970), while it is held.
        public var leaseUntil: Int64?
        public var nextDueAt: Int64
        public var lastStartedAt: Int64?
        public var lastFinishedAt: Int64?
        /// The process that started the last run.
        public var lastHolder: String?
        public var runs: Int64
        /// Why the last finished run failed; nil when it succeeded.
        public var lastError: String?
    }

    /// One run of a job from `job_run`.
    public struct Run: Sendable, Hashable, Codable {
        public var id: Int64
        public var name: String
        public var holder: String
        public var startedAt: Int64
        /// Nil while the run goes on (or when its process died during it).
        public var finishedAt: Int64?
        /// `running`, `ok`, `failed` or `stopped`.
        public var outcome: String
        public var summary: String
    }

    /// Every job that has ever been claimed on this database, by name.
    public func statuses() async throws -> [Status] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT name, holder, lease_until, next_due_at, last_started_at, last_finished_at, last_holder, runs,
                    last_error
                FROM job_lease ORDER BY name
                """
            ).all()
        }
        return try rows.map { row in
            let reader = RowReader(row)
            let holder = try row.decode(column: "holder", as: String.self)
            return Status(
                name: try row.decode(column: "name", as: String.self), holder: holder.isEmpty ? nil : holder,
                leaseUntil: holder.isEmpty ? nil : try row.decode(column: "lease_until", as: Int64.self),
                nextDueAt: try row.decode(column: "next_due_at", as: Int64.self),
                lastStartedAt: try reader.int64("last_started_at"),
                lastFinishedAt: try reader.int64("last_finished_at"),
                lastHolder: try reader.string("last_holder"), runs: try row.decode(column: "runs", as: Int64.self),
                lastError: try reader.string("last_error"))
        }
    }

    /// The latest runs of `name`, newest first.
    public func runs(of name: String, limit: Int = 50) async throws -> [Run] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT id, name, holder, started_at, finished_at, outcome, summary FROM job_run
                WHERE name = \(bind: name) ORDER BY id DESC LIMIT \(bind: limit)
                """
            ).all()
        }
        return try rows.map { row in
            Run(
                id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                holder: try row.decode(column: "holder", as: String.self),
                startedAt: try row.decode(column: "started_at", as: Int64.self),
                finishedAt: try RowReader(row).int64("finished_at"),
                outcome: try row.decode(column: "outcome", as: String.self),
                summary: try row.decode(column: "summary", as: String.self))
        }
    }
}
