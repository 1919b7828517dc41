import Consortium
import PinakesCore
import SQLKit

extension CatalogStore {
    /// The latest import runs, newest first; limited to `libraries` when given.
    public func importRuns(limit: Int, libraries: Set<Identifier<Library>>?) async throws -> [ImportRun] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT r.id, l.code, r.library_id, r.actor, r.source, r.format, r.started_at, r.finished_at, r.status,
                    r.records_read, r.records_new, r.records_updated, r.records_unchanged, r.records_deleted,
                    r.records_rejected, r.items_new, r.owner, r.checkpoint_at, r.resumes, r.records_consumed
                FROM bib_import_run r JOIN org_library l ON l.id = r.library_id
                ORDER BY r.id DESC LIMIT \(bind: Int64(limit * 10))
                """
            ).all()
        }
        let now = clock.epochSeconds
        var runs: [ImportRun] = []
        for row in rows {
            if let libraries, !libraries.contains(Identifier(try row.decode(column: "library_id", as: Int64.self))) {
                continue
            }
            func count(_ column: String) throws -> Int { Int(try row.decode(column: column, as: Int64.self)) }
            let startedAt = try row.decode(column: "started_at", as: Int64.self)
            let finishedAt = try row.decode(column: "finished_at", as: Int64?.self)
            let status = ImportRun.shownStatus(
                stored: try row.decode(column: "status", as: String.self), finished: finishedAt != nil,
                owner: try row.decode(column: "owner", as: String?.self),
                lastActivity: try row.decode(column: "checkpoint_at", as: Int64?.self) ?? startedAt,
                resumes: try count("resumes"), now: now)
            runs.append(
                ImportRun(
                    id: try row.decode(column: "id", as: Int64.self),
                    libraryCode: try row.decode(column: "code", as: String.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    source: try row.decode(column: "source", as: String.self),
                    format: try row.decode(column: "format", as: String.self),
                    startedAt: startedAt, finishedAt: finishedAt, status: status, read: try count("records_read"),
                    new: try count("records_new"), updated: try count("records_updated"),
                    unchanged: try count("records_unchanged"), deleted: try count("records_deleted"),
                    rejected: try count("records_rejected"), itemsNew: try count("items_new"),
                    resumes: try count("resumes"), recordsConsumed: try count("records_consumed")))
            if runs.count == limit { break }
        }
        return runs
    }
}
