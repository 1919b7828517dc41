import ArgumentParser
import Foundation

/// `pinakes-bench`: measurements on the real data in ../shared/data, printed beside the anchors.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinakes-bench", abstract: "Benchmarks on real data (build with -c release).",
        subcommands: [MARCBench.self, ImportBench.self, SearchBench.self])

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

    struct SearchBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search: ingest, latency with facets, HTTP throughput and Chinese recall, beside FTS5 and Zebra.")
        @Option(help: "The MARC file to import and search.") var file: String = BenchCommand.defaultFile
        @Option(help: "The query set (TSV).") var queries: String = SearchQuerySet.defaultPath
        @Flag(help: "Leave Zebra out of the baselines.") var skipZebra = false
        @Flag(help: "Leave out the HTTP latency and throughput (wrk).") var skipHTTP = false
        @Option(parsing: .upToNextOption, help: "Member libraries' files for the scale run (make-scale-input.py).")
        var scale: [String] = []

        func run() async throws {
            let options = SearchBenchmark.Options(
                file: file, queries: queries, skipZebra: skipZebra, skipHTTP: skipHTTP, scale: scale)
            print(try await SearchBenchmark.run(options))
        }
    }
}
