import PinakesCore
import SQLKit

/// Writes member records into the full-text index: rows of the FTS5 table `bib_search_fts` (rowid = record id)
/// on SQLite, the `search_vector` column on PostgreSQL. Deleted records leave the index.
struct SearchIndexWriter {
    let backend: Database.Backend
    let sql: any SQLDatabase

    /// Replaces the index entries of `records`; a nil document removes the record from the index.
    func write(_ records: [(id: Int64, document: SearchDocument?)], replacing: Bool) async throws {
        try await BrowseIndexWriter(sql: sql).write(
            records.map { (id: $0.id, headings: $0.document?.headings ?? []) }, replacing: replacing)
        switch backend {
        case .sqlite:
            if replacing {
                for chunk in records.map(\.id).chunked(500) {
                    try await sql.raw("DELETE FROM bib_search_fts WHERE rowid IN (\(binds: Array(chunk)))").run()
                }
            }
            let rows = records.compactMap { record in record.document.map { (record.id, $0) } }
            for chunk in rows.chunked(150) {
                let insert = sql.insert(into: "bib_search_fts").columns("rowid", "title", "author", "subject", "other")
                for (id, document) in chunk {
                    insert.values([SQLBind(id)] + document.columns.map { SQLBind($0) })
                }
                try await insert.run()
            }
        case .postgres:
            for chunk in records.chunked(200) {
                // One statement per chunk: the vectors travel as text and are cast by the server.
                var values: [any SQLExpression] = []
                for (id, document) in chunk {
                    values.append(
                        SQLGroupExpression([SQLBind(id), TSVectorInput(document?.tsvectorLiteral)]))
                }
                try await sql.raw(
                    """
                    UPDATE bib_source_record SET search_vector = v.vector
                    FROM (VALUES \(SQLList(values))) AS v(id, vector)
                    WHERE bib_source_record.id = v.id
                    """
                ).run()
            }
        }
    }
}

/// `CAST($n AS tsvector)` for a tsvector literal (NULL when there is none): the literal form is read without
/// PostgreSQL's text parser, so our tokens arrive as they are, with positions and weights.
struct TSVectorInput: SQLExpression {
    let literal: String?

    init(_ literal: String?) { self.literal = literal }

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CAST(")
        if let literal { SQLBind(literal).serialize(to: &serializer) } else { serializer.write("NULL") }
        serializer.write(" AS tsvector)")
    }
}
