import Foundation

/// What a backup file holds, told by its first bytes.
public enum BackupKind: String, Sendable, CustomStringConvertible {
    /// A plain SQLite database file (`SQLite format 3\0`), as `pinakes backup` writes for SQLite.
    case sqlite
    /// A `pg_dump --format=custom` archive (`PGDMP`), as `pinakes backup` writes for PostgreSQL.
    case postgresDump

    /// The backend a backup of this kind restores into.
    public var backend: Database.Backend {
        switch self {
        case .sqlite: return .sqlite
        case .postgresDump: return .postgres
        }
    }

    public var description: String {
        switch self {
        case .sqlite: return "an SQLite database file"
        case .postgresDump: return "a PostgreSQL dump (pg_dump custom format)"
        }
    }

    /// The kind of the file at `path`; throws when it is missing or neither kind.
    public static func of(path: String) throws -> BackupKind {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw PinakesError.notFound("\(path): no such backup file, or it cannot be read")
        }
        defer { try? file.close() }
        let head = Array((try? file.read(upToCount: 16)) ?? Data())
        if head == Array("SQLite format 3\0".utf8) { return .sqlite }
        if head.starts(with: Array("PGDMP".utf8)) { return .postgresDump }
        throw PinakesError.invalidInput(
            "\(path): not a Pinakes backup (neither an SQLite database nor a pg_dump custom-format archive)")
    }
}
