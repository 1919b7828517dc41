import Foundation
import VaporCSQLite

/// A copy of a live SQLite database made with SQLite's online backup API (`sqlite3_backup_*`).
///
/// The source connection holds one read transaction for the whole copy, so the copy is one consistent
/// snapshot; in WAL mode that reader never blocks the servers' writers (they append to the WAL, which is
/// checkpointed once the copy ends). Pages are copied `pagesPerStep` at a time so the source lock and the
/// destination's page cache are taken in short bites.
public struct SQLiteBackup: Sendable {
    /// Pages copied per `sqlite3_backup_step` call.
    public var pagesPerStep: Int32

    public init(pagesPerStep: Int32 = 1_000) { self.pagesPerStep = pagesPerStep }

    /// Copies the database at `source` into a new plain file at `destination` (rollback journal, no WAL), and
    /// returns the number of pages copied. The destination must not exist.
    @discardableResult
    public func copy(from source: String, to destination: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: source) else {
            throw PinakesError.notFound("no SQLite database at \(source)")
        }
        let from = try SQLiteHandle(path: source)
        let to = try SQLiteHandle(path: destination, create: true)
        // The snapshot: one read transaction that lasts until every page is copied.
        try from.execute("BEGIN DEFERRED; SELECT count(*) FROM sqlite_master;")
        defer { try? from.execute("COMMIT") }
        guard let backup = sqlite_nio_sqlite3_backup_init(to.pointer, "main", from.pointer, "main") else {
            throw PinakesError.invalidInput("\(destination): cannot start the backup: \(to.lastError)")
        }
        var status = SQLITE_OK
        repeat {
            status = sqlite_nio_sqlite3_backup_step(backup, pagesPerStep)
            if status == SQLITE_BUSY || status == SQLITE_LOCKED { usleep(20_000) }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let pages = Int(sqlite_nio_sqlite3_backup_pagecount(backup))
        sqlite_nio_sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE else {
            let reason = String(cString: sqlite_nio_sqlite3_errstr(status))
            throw PinakesError.invalidInput("backup of \(source) to \(destination) failed: \(reason)")
        }
        // The copy carries the source's WAL flag in its header; a backup file is one self-contained file.
        try to.execute("PRAGMA journal_mode = DELETE")
        return pages
    }

    /// `PRAGMA integrity_check` of the file at `path`: nil when it is sound, else SQLite's first complaints.
    public static func problems(in path: String) -> String? {
        do {
            let handle = try SQLiteHandle(path: path, readOnly: true)
            let lines = try handle.rows("PRAGMA integrity_check(20)").compactMap { $0.first ?? nil }
            return lines == ["ok"] ? nil : lines.prefix(5).joined(separator: "; ")
        } catch {
            return String(describing: error)
        }
    }
}
