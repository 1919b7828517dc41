import ArgumentParser

/// `pinakes migrate`: create or update the schema without serving.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the database schema, then exit.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let node = try await storage.openNode()
        await node.shutdown()
        print("The database at \(try storage.location()) is up to date.")
    }
}
