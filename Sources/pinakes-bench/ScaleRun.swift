import Foundation
import Logging
import PinakesCore

/// One backend's part of the scale benchmark: the circulation set-up, the import through `pinakes import`, then
/// each number of `pinakes serve` processes under the search load and the checkout load.
struct ScaleRun: Sendable {
    let options: ScaleBenchmark.Options
    let binary: String
    let queries: [BenchQuery]
    let folder: String
    let file: String

    /// Seconds of each load run before a measured phase, not counted.
    var warmUp: Double { min(3, options.seconds / 5) }

    func measure(
        _ backend: String, location: DatabaseLocation, processCounts: [Int], postmaster: Int32?,
        into report: inout ScaleReport
    ) async throws {
        // Whole titles of five copies per client (see ScaleLoad), at least 100 titles.
        let items = max(500, options.clients * ((options.copiesPerClient + 4) / 5) * 5)
        ScaleBenchmark.say("\(backend): libraries, \(items) copies and \(options.clients) readers …")
        let setup = try await CirculationSetup.make(
            location: location, items: items, readers: options.clients, folder: folder)
        await setup.node.shutdown()
        let database: String
        switch location {
        case .sqlite(let path): database = path
        case .postgres(let url): database = url
        }
        ScaleBenchmark.say("\(backend): pinakes import \((file as NSString).lastPathComponent) …")
        report.imports.append(try importRecords(backend, database: database))
        if case .postgres = location {
            ScaleBenchmark.say(
                "\(backend): VACUUM (ANALYZE) and CHECKPOINT, so autovacuum does not run under the load …")
            try await settle(location)
        }
        let load = ScaleLoad(
            queries: queries, setup: setup, clients: options.clients, copiesPerClient: options.copiesPerClient)
        for count in processCounts {
            ScaleBenchmark.say("\(backend): \(count) × pinakes serve, \(options.clients) clients …")
            let servers = try ScaleServers.start(count: count, binary: binary, database: database, folder: folder)
            var row = ScaleRow(backend: backend, processes: count, loadAverage: ScaleReport.loadAverage())
            _ = load.search(ports: servers.ports, seconds: warmUp)
            var start = ScaleCPU.read(app: servers.pids, postmaster: postmaster)
            row.search = load.search(ports: servers.ports, seconds: options.seconds)
            row.searchCPU = ScaleCPU.read(app: servers.pids, postmaster: postmaster).usage(since: start)
            _ = load.circulate(ports: servers.ports, seconds: warmUp)
            start = ScaleCPU.read(app: servers.pids, postmaster: postmaster)
            row.loans = load.circulate(ports: servers.ports, seconds: options.seconds)
            row.loansCPU = ScaleCPU.read(app: servers.pids, postmaster: postmaster).usage(since: start)
            servers.stop()
            ScaleBenchmark.say(
                String(
                    format: "  %.0f searches/s, %.0f checkouts/s (%d + %d failed)", row.search.rate, row.loans.rate,
                    row.search.failed, row.loans.failed))
            report.rows.append(row)
        }
    }

    /// Vacuums and analyses the freshly imported database and writes its dirty pages out, so the first measured
    /// configuration does not share the cores with autovacuum and the checkpointer (CHECKPOINT may be refused
    /// to an account that is not a superuser; then it is left out).
    private func settle(_ location: DatabaseLocation) async throws {
        var logger = Logger(label: "pinakes.bench")
        logger.logLevel = .error
        let database = try Database.open(location, logger: logger)
        do {
            try await database.withConnection { sql in
                try await sql.raw("VACUUM (ANALYZE)").run()
                try? await sql.raw("CHECKPOINT").run()
            }
        } catch {
            await database.shutdown()
            throw error
        }
        await database.shutdown()
    }

    /// `pinakes import --library CEN` of the records file, timed from start to exit.
    private func importRecords(_ backend: String, database: String) throws -> ScaleImport {
        let began = ContinuousClock.now
        guard
            let result = ChildProcess.run([binary, "import", "--database", database, "--library", "CEN", file]),
            result.status == 0
        else {
            throw BenchError("pinakes import into \(backend) failed; run it by hand to see why")
        }
        let seconds = (ContinuousClock.now - began).seconds
        let summary = result.output.split(separator: "\n").first.map(String.init) ?? ""
        ScaleBenchmark.say("  \(summary)")
        func count(_ word: String) -> Int {
            guard let range = summary.range(of: word + " ") else { return 0 }
            return Int(summary[range.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        return ScaleImport(backend: backend, read: count("read"), rejected: count("rejected"), seconds: seconds)
    }
}
