import ArgumentParser

/// `pinakes`: run and manage a Pinakes node.
@main
struct PinakesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinakes",
        abstract: "Pinakes: the union catalogue and shared services of a library consortium.",
        discussion: LogFormat.discussion,
        subcommands: [
            DemoCommand.self, ServeCommand.self, ImportCommand.self, LibraryCommand.self, UserCommand.self,
            MARCCommand.self, MigrateCommand.self, SharingCommand.self, HarvestCommand.self,
            BackupCommand.self, RestoreCommand.self, ExportCommand.self,
        ])

    /// Bootstraps logging (`--log-format`, `--log-level`, taken out before parsing) once, then runs the command.
    static func main() async {
        do {
            var command = try parseAsRoot(try LogFormat.bootstrap(Array(CommandLine.arguments.dropFirst())))
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
