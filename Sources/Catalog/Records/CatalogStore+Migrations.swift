import PinakesCore

extension CatalogStore {
    /// The `bib_*` and `item_*` tables: member records as received, their versions, import runs and items.
    public static let migrations: [Migration] = [
        Migration(module: "catalog", name: "001-source-records") { backend in
            [
                """
                CREATE TABLE bib_import_run (
                    id \(backend.idColumn),
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    actor TEXT NOT NULL,
                    source TEXT NOT NULL,
                    format TEXT NOT NULL,
                    started_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    records_read BIGINT NOT NULL DEFAULT 0,
                    records_new BIGINT NOT NULL DEFAULT 0,
                    records_updated BIGINT NOT NULL DEFAULT 0,
                    records_unchanged BIGINT NOT NULL DEFAULT 0,
                    records_deleted BIGINT NOT NULL DEFAULT 0,
                    records_rejected BIGINT NOT NULL DEFAULT 0,
                    items_new BIGINT NOT NULL DEFAULT 0,
                    items_updated BIGINT NOT NULL DEFAULT 0,
                    items_rejected BIGINT NOT NULL DEFAULT 0,
                    status TEXT NOT NULL DEFAULT 'running')
                """,
                """
                CREATE TABLE bib_source_record (
                    id \(backend.idColumn),
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    source_id TEXT NOT NULL,
                    version BIGINT NOT NULL,
                    format TEXT NOT NULL,
                    marc \(backend.blobType) NOT NULL,
                    content_hash TEXT NOT NULL,
                    dialect TEXT NOT NULL,
                    title TEXT NOT NULL DEFAULT '',
                    deleted BOOLEAN NOT NULL DEFAULT FALSE,
                    import_run_id BIGINT REFERENCES bib_import_run(id),
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    UNIQUE (library_id, source_id))
                """,
                """
                CREATE TABLE bib_source_version (
                    id \(backend.idColumn),
                    record_id BIGINT NOT NULL REFERENCES bib_source_record(id),
                    version BIGINT NOT NULL,
                    format TEXT NOT NULL,
                    marc \(backend.blobType) NOT NULL,
                    content_hash TEXT NOT NULL,
                    deleted BOOLEAN NOT NULL,
                    import_run_id BIGINT REFERENCES bib_import_run(id),
                    replaced_at BIGINT NOT NULL,
                    UNIQUE (record_id, version))
                """,
                """
                CREATE TABLE item_copy (
                    id \(backend.idColumn),
                    barcode TEXT NOT NULL UNIQUE,
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    record_id BIGINT NOT NULL REFERENCES bib_source_record(id),
                    source_library_code TEXT,
                    location TEXT,
                    call_number TEXT,
                    item_type TEXT,
                    status TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                "CREATE INDEX item_copy_record ON item_copy (record_id)",
                "CREATE INDEX item_copy_library ON item_copy (library_id)",
                "CREATE INDEX bib_source_record_run ON bib_source_record (import_run_id)",
            ]
        },
        Migration(module: "catalog", name: "002-clusters") { backend in
            [
                """
                CREATE TABLE bib_cluster (
                    id \(backend.idColumn),
                    display_record_id BIGINT,
                    record_count BIGINT NOT NULL DEFAULT 0,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                "ALTER TABLE bib_source_record ADD COLUMN cluster_id BIGINT REFERENCES bib_cluster(id)",
                "ALTER TABLE bib_source_record ADD COLUMN cluster_pinned BOOLEAN NOT NULL DEFAULT FALSE",
                "ALTER TABLE bib_source_record ADD COLUMN quality BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE bib_source_record ADD COLUMN match_points TEXT NOT NULL DEFAULT '{}'",
                "CREATE INDEX bib_source_record_cluster ON bib_source_record (cluster_id)",
                """
                CREATE TABLE bib_match_key (
                    record_id BIGINT NOT NULL REFERENCES bib_source_record(id),
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (record_id, kind, value))
                """,
                "CREATE INDEX bib_match_key_value ON bib_match_key (value, kind)",
            ]
        },
        Migration(module: "catalog", name: "003-search-index") { backend in
            var statements = [
                "ALTER TABLE bib_source_record ADD COLUMN display TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE bib_source_record ADD COLUMN year BIGINT",
                "ALTER TABLE bib_source_record ADD COLUMN material TEXT",
                "ALTER TABLE bib_source_record ADD COLUMN language TEXT",
                "ALTER TABLE bib_source_record ADD COLUMN class_code TEXT",
                "ALTER TABLE bib_source_record ADD COLUMN title_key TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE bib_cluster ADD COLUMN year BIGINT",
                "ALTER TABLE bib_cluster ADD COLUMN material TEXT",
                "ALTER TABLE bib_cluster ADD COLUMN language TEXT",
                "ALTER TABLE bib_cluster ADD COLUMN class_code TEXT",
                "ALTER TABLE bib_cluster ADD COLUMN title_key TEXT NOT NULL DEFAULT ''",
                // Libraries holding the title and those with a copy on the shelf, as ` id id `.
                "ALTER TABLE bib_cluster ADD COLUMN libraries TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE bib_cluster ADD COLUMN available_at TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE item_copy ADD COLUMN due_at BIGINT",
            ]
            switch backend {
            case .sqlite:
                statements.append(
                    """
                    CREATE VIRTUAL TABLE bib_search_fts USING fts5(title, author, subject, other,
                        content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
                    """)
            case .postgres:
                statements += [
                    "ALTER TABLE bib_source_record ADD COLUMN search_vector tsvector",
                    "CREATE INDEX bib_source_record_search ON bib_source_record USING GIN (search_vector)",
                ]
            }
            return statements
        },
        Migration(module: "catalog", name: "004-record-cluster-index") { _ in
            // Search maps thousands of matching records to their clusters: a narrow covering index answers
            // that without reading the wide record rows.
            ["CREATE INDEX bib_source_record_cluster_of ON bib_source_record (id, cluster_id)"]
        },
        Migration(module: "catalog", name: "005-import-resume") { _ in
            // What identifies an imported file and how far its run got, written with each batch, so a killed
            // import resumes where its last committed batch ended (`RecordImporter+Resume`).
            [
                "ALTER TABLE bib_import_run ADD COLUMN input_size BIGINT",
                "ALTER TABLE bib_import_run ADD COLUMN input_modified_at BIGINT",
                "ALTER TABLE bib_import_run ADD COLUMN input_hash TEXT",
                "ALTER TABLE bib_import_run ADD COLUMN records_consumed BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE bib_import_run ADD COLUMN byte_offset BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE bib_import_run ADD COLUMN batches BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE bib_import_run ADD COLUMN checkpoint_at BIGINT",
                "ALTER TABLE bib_import_run ADD COLUMN resumes BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE bib_import_run ADD COLUMN owner TEXT",
                "CREATE INDEX bib_import_run_source ON bib_import_run (library_id, source)",
                // Per committed batch, what the run's report needs from the records before the checkpoint:
                // control numbers seen (for repeats), rejections and notes. Dropped when the run ends.
                """
                CREATE TABLE bib_import_ledger (
                    run_id BIGINT NOT NULL REFERENCES bib_import_run(id),
                    batch BIGINT NOT NULL,
                    entry TEXT NOT NULL,
                    PRIMARY KEY (run_id, batch))
                """,
            ]
        },
    ]
}
