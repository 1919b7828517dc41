extension JobLease {
    /// The `jobs` tables: one lease row per named job, and the bounded history of its runs.
    public static let migrations: [Migration] = [
        Migration(module: "jobs", name: "001-lease-runs") { backend in
            [
                // Times are milliseconds since 1970. `lease_until` 0 and `holder` '' mean nobody holds the job.
                """
                CREATE TABLE job_lease (
                    name TEXT PRIMARY KEY,
                    holder TEXT NOT NULL DEFAULT '',
                    lease_until BIGINT NOT NULL DEFAULT 0,
                    next_due_at BIGINT NOT NULL DEFAULT 0,
                    last_started_at BIGINT,
                    last_finished_at BIGINT,
                    last_holder TEXT,
                    runs BIGINT NOT NULL DEFAULT 0,
                    last_error TEXT)
                """,
                """
                CREATE TABLE job_run (
                    id \(backend.idColumn),
                    name TEXT NOT NULL,
                    holder TEXT NOT NULL,
                    started_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    outcome TEXT NOT NULL DEFAULT 'running',
                    summary TEXT NOT NULL DEFAULT '')
                """,
                "CREATE INDEX job_run_name ON job_run (name, id)",
            ]
        }
    ]
}
