import ArgumentParser
import Foundation

extension BenchCommand {
    /// `pinakes-bench scale`: 1, 2 and 4 app processes on one PostgreSQL beside one on SQLite.
    struct ScaleBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scale",
            abstract:
                "Search and checkout throughput with 1, 2 and 4 `pinakes serve` processes on one PostgreSQL, beside "
                + "one on SQLite; the import into each (records/s).",
            discussion: """
                Needs the release `pinakes` beside this executable. Without --postgres a private PostgreSQL cluster \
                is started in a temporary folder (initdb, as the postgres user when run as root) and removed \
                afterwards. Progress goes to standard error, the report (Markdown tables) to standard output.
                """)
        @Option(help: "The MARC file to import.") var file: String = BenchCommand.defaultFile
        @Option(help: "Import only the first N records of the file (default: all).") var records: Int?
        @Option(help: "Seconds per measured phase.") var duration = 30.0
        @Option(help: "Concurrent HTTP clients, spread round-robin over the processes.") var clients = 16
        @Option(help: "Numbers of app processes on PostgreSQL, comma-separated.") var processes = "1,2,4"
        @Option(help: "PostgreSQL URL of an account that may create databases (default: a private cluster).")
        var postgres: String?
        @Option(help: "The search query set (TSV).") var queries: String = SearchQuerySet.defaultPath

        /// The numbers in --processes; nil for one that is not a positive number.
        var processCounts: [Int?] {
            processes.split(separator: ",").map {
                Int($0.trimmingCharacters(in: .whitespaces)).flatMap { $0 > 0 ? $0 : nil }
            }
        }

        func validate() throws {
            guard duration > 0 else { throw ValidationError("--duration must be more than 0 seconds") }
            guard clients > 0 else { throw ValidationError("--clients must be at least 1") }
            if let records, records < 1 { throw ValidationError("--records must be at least 1") }
            guard !processCounts.isEmpty, !processCounts.contains(nil) else {
                throw ValidationError("--processes must be positive numbers separated by commas, e.g. 1,2,4")
            }
        }

        func run() async throws {
            let options = ScaleBenchmark.Options(
                file: file, queries: queries, records: records, seconds: duration, clients: clients,
                processes: processCounts.compactMap { $0 }, postgres: postgres)
            print(try await ScaleBenchmark.run(options))
        }
    }
}
