import Foundation
import VaporCSQLite

/// One raw SQLite connection to a file, outside the pool: for the online backup API, which SQLiteNIO does not
/// expose, and for checking backup files.
///
/// It uses the SQLite that SQLiteNIO bundles (module `VaporCSQLite`, symbols prefixed `sqlite_nio_`), so a
/// backup is written by the very library that writes the database.
public final class SQLiteHandle {
    let pointer: OpaquePointer
    /// The file this handle is open on.
    public let path: String

    /// Opens `path`; `create` makes the file when it is missing, `readOnly` never writes it.
    public init(path: String, create: Bool = false, readOnly: Bool = false) throws {
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var handle: OpaquePointer?
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            if let handle { sqlite_nio_sqlite3_close_v2(handle) }
            throw PinakesError.invalidInput("\(path): cannot open as an SQLite database: \(message)")
        }
        pointer = handle
        self.path = path
        sqlite_nio_sqlite3_busy_timeout(handle, 30_000)
    }

    deinit { sqlite_nio_sqlite3_close_v2(pointer) }

    /// Runs statements that return no rows.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite_nio_sqlite3_exec(pointer, sql, nil, nil, &error)
        guard status == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite_nio_sqlite3_free(error)
            throw PinakesError.invalidInput("\(path): \(message)")
        }
    }

    /// The rows of a query, each column as text (NULL as nil).
    public func rows(_ sql: String) throws -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(pointer, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw PinakesError.invalidInput("\(path): \(lastError)")
        }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        let columns = sqlite_nio_sqlite3_column_count(statement)
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw PinakesError.invalidInput("\(path): \(lastError)") }
            rows.append(
                (0..<columns).map { column in
                    sqlite_nio_sqlite3_column_text(statement, column).map { String(cString: $0) }
                })
        }
    }

    /// The first column of the first row, as text.
    public func scalar(_ sql: String) throws -> String? { try rows(sql).first?.first ?? nil }

    /// SQLite's message for the last failure on this connection.
    var lastError: String { String(cString: sqlite_nio_sqlite3_errmsg(pointer)) }
}
