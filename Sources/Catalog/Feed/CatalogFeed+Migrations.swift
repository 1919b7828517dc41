import PinakesCore

extension CatalogFeed {
    /// Indexes that let the feed page through `bib_source_record` in (updated_at, id) order, whole or by set.
    public static let migrations: [Migration] = [
        Migration(module: "catalog-feed", name: "001-datestamp-order") { _ in
            [
                "CREATE INDEX bib_source_record_datestamp ON bib_source_record (updated_at, id)",
                "CREATE INDEX bib_source_record_library_datestamp ON bib_source_record (library_id, updated_at, id)",
                "CREATE INDEX bib_source_record_material_datestamp ON bib_source_record (material, updated_at, id)",
            ]
        }
    ]
}
