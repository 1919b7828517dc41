import PinakesCore
import SQLKit

/// Writes the headings of member records into `bib_heading`, next to the search index.
struct BrowseIndexWriter {
    let sql: any SQLDatabase

    /// Replaces the headings of `records` (when `replacing`), then stores the new ones.
    func write(_ records: [(id: Int64, headings: [BrowseHeading])], replacing: Bool) async throws {
        if replacing {
            for chunk in records.map(\.id).chunked(500) {
                try await sql.raw("DELETE FROM bib_heading WHERE record_id IN (\(binds: Array(chunk)))").run()
            }
        }
        let rows = records.flatMap { record in record.headings.map { (record.id, $0) } }
        for chunk in rows.chunked(200) {
            let insert = sql.insert(into: "bib_heading").columns("record_id", "kind", "heading_key", "display")
            for (id, heading) in chunk {
                insert.values([
                    SQLBind(id), SQLBind(heading.kind.rawValue), SQLBind(heading.key), SQLBind(heading.display),
                ])
            }
            try await insert.run()
        }
    }
}
