import ArgumentParser
import Consortium

/// `pinakes library add|list`: the consortium's tree of libraries.
struct LibraryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Add and list the consortium's libraries.",
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a library: the consortium root first, then central library, branches and members.")

        @OptionGroup var storage: StorageOptions
        @Argument(help: "Library code (1–20 letters, digits, '-' or '_'), used by imports and holdings.")
        var code: String
        @Option(help: "Library name.") var name: String
        @Option(name: .customLong("name-zh"), help: "Chinese name.") var nameZh: String?
        @Option(help: "Parent library code (default: the consortium root).") var parent: String?
        @Option(help: "Type: \(LibraryType.allCases.map(\.rawValue).joined(separator: ", ")).")
        var type: String?
        @Option(help: "Region or district.") var region: String?
        @Option(help: "Latitude in degrees.") var latitude: Double?
        @Option(help: "Longitude in degrees.") var longitude: Double?
        @Option(help: "Population served.") var population: Int?

        func run() async throws {
            var libraryType: LibraryType?
            if let type {
                guard let parsed = LibraryType(rawValue: type) else {
                    throw ValidationError(
                        "unknown type '\(type)'; use one of \(LibraryType.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                libraryType = parsed
            }
            let node = try await storage.openNode()
            do {
                let library = try await node.libraries.add(
                    NewLibrary(
                        code: code, name: name, nameZh: nameZh, type: libraryType, parentCode: parent, region: region,
                        latitude: latitude, longitude: longitude, populationServed: population),
                    actor: "cli")
                await node.shutdown()
                print("Added \(library.type.rawValue) \(library.code): \(library.name)")
            } catch {
                await node.shutdown()
                throw CLIError(CLIError.describe(error))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the libraries as a tree.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let node = try await storage.openNode()
            let libraries = try await node.libraries.all()
            await node.shutdown()
            for entry in LibraryTree(libraries).withDepth {
                let library = entry.library
                let indent = String(repeating: "  ", count: entry.depth)
                print("\(indent)\(library.code)\t\(library.type.rawValue)\t\(library.name)")
            }
        }
    }
}
