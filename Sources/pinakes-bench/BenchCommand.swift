import ArgumentParser
import Foundation

/// `pinakes-bench`: measurements on the real data in ../shared/data, printed beside the anchors.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinakes-bench", abstract: "Benchmarks on real data (build with -c release).",
        subcommands: [
            MARCBench.self, ImportBench.self, SearchBench.self, CirculationBench.self, SharingBench.self,
            ProtocolsBench.self, ScaleBench.self,
        ])

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

    struct CirculationBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "circulation",
            abstract: "Checkouts and check-ins per second (in process, HTTP, SIP2) and the holds targeter's time.")
        @Option(help: "PostgreSQL URL of an empty database (default: a new SQLite file).") var database: String?
        @Option(help: "Copies to create.") var items = 100_000
        @Option(help: "Readers to register.") var readers = 5_000
        @Option(help: "Seconds per measured phase.") var seconds = 8.0
        @Option(help: "Concurrent clients, comma-separated.") var clients = "1,8,64"
        @Option(help: "Open holds for the targeter run.") var holds = 10_000
        @Flag(help: "Leave out HTTP.") var skipHTTP = false
        @Flag(help: "Leave out SIP2.") var skipSIP2 = false

        func run() async throws {
            var options = CirculationBenchmark.Options()
            options.database = database
            options.items = items
            options.readers = readers
            options.seconds = seconds
            options.clients = clients.split(separator: ",").compactMap { Int($0) }
            options.holds = holds
            options.skipHTTP = skipHTTP
            options.skipSIP2 = skipSIP2
            print(try await CirculationBenchmark.run(options))
        }
    }

    struct SharingBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sharing",
            abstract: "ISO 18626 messages/s between two local nodes; the time to build a rota over 1,000 holders.")
        @Option(help: "PostgreSQL URL whose account may create databases (default: $PINAKES_BENCH_POSTGRES_URL).")
        var postgres: String?
        @Flag(name: .customLong("skip-sqlite"), help: "Leave out SQLite.") var skipSQLite = false
        @Option(help: "Seconds per measured phase.") var seconds = 6.0
        @Option(help: "Concurrent clients driving loan cycles, comma-separated.") var cycleClients = "1,8,32"
        @Option(help: "Concurrent clients posting StatusRequests, comma-separated.") var messageClients = "1,8,64"
        @Option(help: "Candidate holders (and peers in the directory) for the rota.") var candidates = 1_000
        @Option(help: "Rota builds to time.") var rotaRuns = 200

        func run() async throws {
            var options = SharingBenchmark.Options()
            options.postgres = postgres ?? ProcessInfo.processInfo.environment["PINAKES_BENCH_POSTGRES_URL"]
            options.skipSQLite = skipSQLite
            options.seconds = seconds
            options.cycleClients = cycleClients.split(separator: ",").compactMap { Int($0) }
            options.messageClients = messageClients.split(separator: ",").compactMap { Int($0) }
            options.candidates = candidates
            options.rotaRuns = rotaRuns
            print(try await SharingBenchmark.run(options))
        }
    }

    struct ProtocolsBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "protocols",
            abstract: "SRU and Z39.50 searches/s against Pinakes and Zebra, and an OAI-PMH harvest by sickle.")
        @Option(help: "The MARC file both servers load.") var file: String = BenchCommand.defaultFile
        @Option(help: "Concurrent clients.") var clients = 8
        @Option(help: "Seconds per measured run.") var seconds = 15.0
        @Flag(help: "Leave Zebra out.") var skipZebra = false

        func run() throws {
            print(
                try ProtocolsBenchmark.run(
                    .init(file: file, clients: clients, seconds: seconds, skipZebra: skipZebra)))
        }
    }
}
