import PinakesCore

extension LibraryDirectory {
    /// The `org_*` tables.
    public static let migrations: [Migration] = [
        Migration(module: "consortium", name: "001-libraries") { backend in
            [
                """
                CREATE TABLE org_library (
                    id \(backend.idColumn),
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    name_zh TEXT,
                    type TEXT NOT NULL,
                    parent_id BIGINT REFERENCES org_library(id),
                    region TEXT,
                    latitude DOUBLE PRECISION,
                    longitude DOUBLE PRECISION,
                    population_served BIGINT,
                    address TEXT,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                "CREATE INDEX org_library_parent ON org_library (parent_id)",
            ]
        }
    ]
}
