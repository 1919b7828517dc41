import PinakesCore

/// The harvest tables: the OAI-PMH sources each member library harvests, and every run of them.
public enum HarvestSchema {
    /// Applied after the catalogue's migrations (runs point to `bib_import_run`).
    public static let migrations: [Migration] = [
        Migration(module: "harvest", name: "001-sources-runs") { backend in
            [
                """
                CREATE TABLE harvest_source (
                    id \(backend.idColumn),
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    base_url TEXT NOT NULL,
                    set_spec TEXT NOT NULL DEFAULT '',
                    metadata_prefix TEXT NOT NULL,
                    interval_hours BIGINT NOT NULL DEFAULT 0,
                    enabled BOOLEAN NOT NULL DEFAULT TRUE,
                    last_from TEXT,
                    last_status TEXT NOT NULL DEFAULT 'never',
                    last_run_at BIGINT,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    UNIQUE (library_id, base_url, set_spec, metadata_prefix))
                """,
                """
                CREATE TABLE harvest_run (
                    id \(backend.idColumn),
                    source_id BIGINT REFERENCES harvest_source(id) ON DELETE SET NULL,
                    base_url TEXT NOT NULL,
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    from_date TEXT,
                    started_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    pages BIGINT NOT NULL DEFAULT 0,
                    records_new BIGINT NOT NULL DEFAULT 0,
                    records_updated BIGINT NOT NULL DEFAULT 0,
                    records_unchanged BIGINT NOT NULL DEFAULT 0,
                    records_deleted BIGINT NOT NULL DEFAULT 0,
                    records_rejected BIGINT NOT NULL DEFAULT 0,
                    deletions_unknown BIGINT NOT NULL DEFAULT 0,
                    response_date TEXT,
                    status TEXT NOT NULL DEFAULT 'running',
                    error TEXT,
                    import_run_id BIGINT REFERENCES bib_import_run(id))
                """,
                "CREATE INDEX harvest_run_source ON harvest_run (source_id, started_at)",
            ]
        }
    ]
}
