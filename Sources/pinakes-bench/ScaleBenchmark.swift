import Foundation
import PinakesCore

/// `pinakes-bench scale` (issue 7): the LoC records imported into PostgreSQL with `pinakes import`, then search
/// and checkout throughput with 1, 2 and 4 `pinakes serve` processes on that one database, beside one process
/// on SQLite with the same records, in one table with the growth over one process.
enum ScaleBenchmark {
    struct Options: Sendable {
        var file = BenchCommand.defaultFile
        var queries = SearchQuerySet.defaultPath
        var records: Int?
        var seconds = 30.0
        var clients = 16
        var processes = [1, 2, 4]
        var postgres: String?
        var copiesPerClient = 20
    }

    static func run(_ options: Options) async throws -> String {
        let binary = try ProtocolsBenchmark.pinakesBinary()
        let queries = try SearchQuerySet.load(options.queries)
        let folder = NSTemporaryDirectory() + "pinakes-bench-scale-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (file, records) = try ScaleRecords.select(options.file, first: options.records, folder: folder)
        let run = ScaleRun(options: options, binary: binary, queries: queries, folder: folder, file: file)
        var report = ScaleReport(options: options, records: records, queries: queries.count)

        let cluster: ScaleCluster?
        if options.postgres == nil {
            let connections = max(
                100, (options.processes.max() ?? 1) * 8 * ProcessInfo.processInfo.activeProcessorCount + 30)
            cluster = try ScaleCluster.start(connections: connections, settings: ScaleReport.clusterSettings)
        } else {
            cluster = nil
        }
        report.postgresNote =
            cluster.map { "private cluster (\($0.version)), " + ScaleReport.clusterSettings.joined(separator: ", ") }
            ?? "the server at --postgres"
        do {
            let databases = try SharingDatabases(
                backend: .postgres, adminURL: options.postgres ?? cluster?.adminURL, prefix: "scale")
            do {
                let location = try await databases.fresh("pg")
                try await run.measure(
                    "PostgreSQL", location: location, processCounts: options.processes,
                    postmaster: cluster?.serverPID, into: &report)
            } catch {
                await databases.removeAll()
                throw error
            }
            await databases.removeAll()
        } catch {
            cluster?.stop()
            throw error
        }
        cluster?.stop()
        try await run.measure(
            "SQLite", location: .sqlite(path: folder + "/scale.sqlite"), processCounts: [1], postmaster: nil,
            into: &report)
        return report.render()
    }

    /// Progress on standard error, so standard output holds only the report.
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("[scale] " + text + "\n").utf8))
    }
}
