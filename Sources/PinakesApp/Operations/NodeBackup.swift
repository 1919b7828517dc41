import Foundation
import PinakesCore

/// `pinakes backup`: a consistent copy of a node's database taken while its servers keep running.
///
/// SQLite: the online backup API copies one snapshot into a plain `.sqlite` file, which is checked with
/// `PRAGMA integrity_check` before it gets its final name. PostgreSQL: `pg_dump --format=custom`, itself one
/// snapshot (a repeatable-read transaction), restored with `pg_restore`.
public enum NodeBackup {
    /// What was written.
    public struct Report: Sendable {
        public var path: String
        public var kind: BackupKind
        public var bytes: Int64
        public var tables: Int
        /// Member records in the copy (SQLite only: a dump is not opened again to count them).
        public var records: Int?

        /// One line for the operator.
        public var text: String {
            let size = ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file)
            let records = self.records.map { ", \($0) member records" } ?? ""
            return "Wrote \(kind) to \(path): \(size) (\(bytes) bytes), \(tables) tables\(records)."
        }
    }

    /// Backs up the database at `location` to `path`; an existing file is replaced only when `force`.
    public static func write(_ location: DatabaseLocation, to path: String, force: Bool) throws -> Report {
        let file = BackupFile(path: path)
        try file.prepare(force: force)
        do {
            let report: Report
            switch location {
            case .sqlite(let source): report = try copySQLite(source, into: file)
            case .postgres(let url): report = try dumpPostgres(url, into: file)
            }
            return report
        } catch {
            file.discard()
            throw error
        }
    }

    private static func copySQLite(_ source: String, into file: BackupFile) throws -> Report {
        try SQLiteBackup().copy(from: source, to: file.partialPath)
        if let problems = SQLiteBackup.problems(in: file.partialPath) {
            throw PinakesError.invalidInput("the backup of \(source) fails its integrity check: \(problems)")
        }
        let copy = try SQLiteHandle(path: file.partialPath, readOnly: true)
        let tables = try copy.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'").flatMap { Int($0) }
        let hasRecords = try copy.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'bib_source_record'") == "1"
        let records = hasRecords ? try copy.scalar("SELECT count(*) FROM bib_source_record").flatMap { Int($0) } : 0
        try file.commit()
        return Report(path: file.path, kind: .sqlite, bytes: file.size, tables: tables ?? 0, records: records)
    }

    private static func dumpPostgres(_ url: String, into file: BackupFile) throws -> Report {
        let dump = try PostgresClientTool("pg_dump")
        try dump.run(
            ["--format=custom", "--no-owner", "--file", file.partialPath, PostgresClientTool.urlPlaceholder], url: url)
        let contents = try PostgresClientTool("pg_restore").run(["--list", file.partialPath], url: url)
        let tables = contents.split(separator: "\n").filter { $0.contains(" TABLE DATA ") }.count
        try file.commit()
        return Report(path: file.path, kind: .postgresDump, bytes: file.size, tables: tables, records: nil)
    }
}
