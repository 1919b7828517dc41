import ArgumentParser
import PinakesApp
import PinakesCore

/// `pinakes backup --to PATH`: a consistent copy of the database while servers keep running.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up the database to a file while servers keep running.",
        discussion: """
            SQLite: an online backup (one consistent snapshot, copied 1,000 pages at a time; writers are not \
            blocked) into a plain .sqlite file, checked with PRAGMA integrity_check. PostgreSQL: pg_dump \
            --format=custom --no-owner (the newest pg_dump found in /usr/lib/postgresql/*/bin or on PATH). \
            Restore either with `pinakes restore --from PATH`.
            """)

    @OptionGroup var storage: StorageOptions
    @Option(help: "The backup file to write.") var to: String
    @Flag(help: "Replace the file at --to if it exists.") var force = false

    func run() async throws {
        let location = try storage.location()
        do {
            let report = try NodeBackup.write(location, to: to, force: force)
            Console.say(report.text)
        } catch {
            throw CLIError("backup of \(location) failed: \(CLIError.describe(error))")
        }
    }
}
