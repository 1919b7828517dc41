import Foundation
import Logging
import PinakesCore

/// `pinakes restore`: puts a backup made by `pinakes backup` into the configured database, which must be empty
/// unless the operator forces a replacement, then opens the node once so migrations bring an older backup
/// up to date.
public enum NodeRestore {
    /// What was restored.
    public struct Report: Sendable {
        public var kind: BackupKind
        /// Tables the target held before, now replaced (only with `force`).
        public var replacedTables: [String]
        public var summary: NodeSummary
    }

    /// Restores `path` into `location`; `say` receives progress lines and warnings.
    public static func restore(
        from path: String, into location: DatabaseLocation, force: Bool, say: @Sendable (String) -> Void
    ) async throws -> Report {
        let kind = try BackupKind.of(path: path)
        let target: Database.Backend = if case .sqlite = location { .sqlite } else { .postgres }
        guard kind.backend == target else {
            let into = target == .sqlite ? "SQLite" : "PostgreSQL"
            let wanted = kind.backend == .sqlite ? "a --data folder (SQLite)" : "a PostgreSQL --database URL"
            throw PinakesError.invalidInput(
                "\(path) is \(kind), but the database to restore into is \(into) (\(location)); restore it into \(wanted)"
            )
        }
        let existing: [String]
        switch location {
        case .sqlite(let file):
            existing = try SQLiteRestore(backup: path, target: file).restore(force: force, say: say)
        case .postgres(let url):
            existing = try await PostgresRestore(backup: path, url: url, location: location).restore(force: force)
        }
        let node = try await PinakesNode.open(location, logger: Logger(label: "pinakes.restore"))
        let summary = try await NodeSummary.of(node.database)
        await node.shutdown()
        return Report(kind: kind, replacedTables: existing, summary: summary)
    }

    /// The refusal for a target that already holds tables.
    static func refuseNonEmpty(_ location: DatabaseLocation, tables: [String]) -> PinakesError {
        let pinakes = tables.contains("schema_migration") ? "Pinakes data" : "other data"
        return PinakesError.conflict(
            "the database at \(location) is not empty: \(tables.count) tables (\(pinakes)); restore into an empty "
                + "database, or pass --force to replace its contents")
    }
}

/// Restores an SQLite backup file: checked, copied beside the target through the backup API, checked again,
/// then renamed over the target, so a damaged backup never touches it.
struct SQLiteRestore {
    let backup: String
    let target: String

    func restore(force: Bool, say: (String) -> Void) throws -> [String] {
        if let problems = SQLiteBackup.problems(in: backup) {
            throw PinakesError.invalidInput("\(backup) is damaged, nothing was restored: \(problems)")
        }
        var existing: [String] = []
        if FileManager.default.fileExists(atPath: target) {
            existing = try SQLiteHandle(path: target, readOnly: true)
                .rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap {
                    $0.first ?? nil
                }
        }
        if !existing.isEmpty && !force { throw NodeRestore.refuseNonEmpty(.sqlite(path: target), tables: existing) }
        say("Warning: no Pinakes server may be running on \(target) while it is restored; stop them first.")
        let file = BackupFile(path: target)
        try file.prepare(force: true)
        do {
            try SQLiteBackup().copy(from: backup, to: file.partialPath)
            if let problems = SQLiteBackup.problems(in: file.partialPath) {
                throw PinakesError.invalidInput("the restored copy fails its integrity check: \(problems)")
            }
            // The old database's write-ahead log must not be replayed into the restored file.
            for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
        return existing
    }
}

/// Restores a `pg_dump` archive with `pg_restore` in one transaction: a damaged archive fails and rolls back,
/// leaving the target as it was.
struct PostgresRestore {
    let backup: String
    let url: String
    let location: DatabaseLocation

    func restore(force: Bool) async throws -> [String] {
        let tool = try PostgresClientTool("pg_restore")
        // Reads the archive's table of contents: a file cut short in its header fails here, before any change.
        try tool.run(["--list", backup], url: url)
        let database = try Database.open(location)
        let existing: [String]
        do {
            existing = try await database.tableNames()
            await database.shutdown()
        } catch {
            await database.shutdown()
            throw PinakesError.invalidInput("cannot reach \(location): \(DatabaseErrorText.describe(error))")
        }
        if !existing.isEmpty && !force { throw NodeRestore.refuseNonEmpty(location, tables: existing) }
        var arguments = ["--no-owner", "--exit-on-error", "--single-transaction"]
        if !existing.isEmpty { arguments += ["--clean", "--if-exists"] }
        do {
            try tool.run(arguments + ["--dbname", PostgresClientTool.urlPlaceholder, backup], url: url)
        } catch {
            throw PinakesError.invalidInput("\(error); rolled back, \(location) is as it was")
        }
        return existing
    }
}
