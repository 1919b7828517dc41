import ArgumentParser
import PinakesApp
import PinakesCore

/// `pinakes restore --from PATH`: a backup back into the configured (empty) database.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup made by `pinakes backup` into the configured database.",
        discussion: """
            The kind of backup is read from the file: an SQLite file restores into --data (or an SQLite \
            --database), a pg_dump archive into a PostgreSQL --database. The target must be empty unless --force \
            is given. Stop every server on the target first. A damaged backup is refused before the target is \
            touched. After restoring, the schema is brought up to date and a summary printed.
            """)

    @OptionGroup var storage: StorageOptions
    @Option(help: "The backup file to restore.") var from: String
    @Flag(help: "Replace the contents of a database that is not empty.") var force = false

    func run() async throws {
        let location = try storage.location()
        let report: NodeRestore.Report
        do {
            report = try await NodeRestore.restore(from: from, into: location, force: force) { Console.say($0) }
        } catch {
            throw CLIError("restore into \(location) failed: \(CLIError.describe(error))")
        }
        if !report.replacedTables.isEmpty {
            Console.say("Replaced the \(report.replacedTables.count) tables that \(location) held (--force).")
        }
        Console.say("Restored \(report.kind) from \(from) into \(location): \(report.summary).")
    }
}
