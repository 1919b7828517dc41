import ArgumentParser
import Foundation

/// `pinakes-bench`: measurements on the real data in ../shared/data, printed beside the anchors.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinakes-bench", abstract: "Benchmarks on real data (build with -c release).",
        subcommands: [MARCBench.self, ImportBench.self])

    static let defaultFile = "../shared/data/loc-booksall/BooksAll.2016.part01.first100k.mrc"

    struct MARCBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "marc", abstract: "ISO 2709 parse and ISO 2709 → MARCXML, beside yaz-marcdump and pymarc.")
        @Option(help: "The ISO 2709 file to read.") var file: String = BenchCommand.defaultFile

        func run() async throws {
            print(try await MARCBenchmark.run(file: file))
        }
    }

    struct ImportBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Import of a MARC file (records and items) into a new database.")
        @Option(help: "The MARC file to import.") var file: String = BenchCommand.defaultFile
        @Option(help: "PostgreSQL URL of an empty database (default: a new SQLite file).") var database: String?

        func run() async throws {
            print(try await ImportBenchmark.run(file: file, database: database))
        }
    }
}
