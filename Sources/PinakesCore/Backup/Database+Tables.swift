import SQLKit

extension Database {
    /// The tables of this database (on PostgreSQL, of the current schema), sorted by name.
    public func tableNames() async throws -> [String] {
        let query: SQLQueryString =
            switch backend {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            case .postgres: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()"
            }
        return try await withConnection { sql in
            try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
        }.sorted()
    }

    /// The number of rows in `table`, one of `tableNames()`.
    public func rowCount(_ table: String) async throws -> Int {
        try await withConnection { sql in
            let row = try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first()
            return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }
}
