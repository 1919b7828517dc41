import ArgumentParser

/// `pinakes`: run and manage a Pinakes node.
@main
struct PinakesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinakes",
        abstract: "Pinakes: the union catalogue and shared services of a library consortium.",
        subcommands: [
            DemoCommand.self, ServeCommand.self, ImportCommand.self, LibraryCommand.self, UserCommand.self,
            MARCCommand.self, MigrateCommand.self, SharingCommand.self, HarvestCommand.self,
        ])
}
