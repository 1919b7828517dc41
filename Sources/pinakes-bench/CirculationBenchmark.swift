import Catalog
import Circulation
import Foundation
import Hummingbird
import PinakesApp
import PinakesCore
import Web

/// `pinakes-bench circulation`: checkouts and check-ins per second in process, over HTTP and over SIP2 with
/// 1, 8 and 64 clients, and the holds targeter's time for 10,000 open holds, on SQLite or PostgreSQL.
enum CirculationBenchmark {
    struct Options: Sendable {
        var database: String?
        var items = 100_000
        var readers = 5_000
        var seconds = 8.0
        var clients = [1, 8, 64]
        var holds = 10_000
        var skipHTTP = false
        var skipSIP2 = false
    }

    /// One checkout or check-in to make.
    struct Operation: Sendable, Hashable {
        var card: String
        var copy: BenchCopy
    }

    static func run(_ options: Options) async throws -> String {
        let folder = NSTemporaryDirectory() + "pinakes-bench-circ-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location: DatabaseLocation =
            options.database.map { .postgres(url: $0) } ?? .sqlite(path: folder + "/pinakes.sqlite")
        let began = ContinuousClock.now
        let setup = try await CirculationSetup.make(
            location: location, items: options.items, readers: options.readers, folder: folder)
        var report = [
            "circulation on \(location.description.hasPrefix("sqlite") ? "SQLite" : "PostgreSQL"): "
                + "\(setup.copies.count) copies of \(setup.titles.count) titles over \(CirculationSetup.lenders.count) "
                + "libraries, \(setup.cards.count) readers (set up in \(String(format: "%.0f", (ContinuousClock.now - began).seconds)) s)",
            "  goal: ≥ 1,000 checkouts/s over HTTP on SQLite; targeting 10,000 holds < 10 s",
            "",
            "  transport  clients   checkouts/s  p50 ms  p99 ms    check-ins/s  p50 ms  p99 ms   failed",
        ]
        for clients in options.clients {
            report.append(
                try await row("in-process", clients, setup, options) { work, limit, checkout in
                    await inProcess(setup.node.circulation, work: work, limit: limit, checkout: checkout)
                })
        }
        if !options.skipHTTP {
            let server = try await CirculationHTTPServer.start(node: setup.node)
            for clients in options.clients {
                report.append(
                    try await row("HTTP", clients, setup, options) { work, limit, checkout in
                        server.run(work: work, limit: limit, token: setup.token, checkout: checkout)
                    })
            }
            server.stop()
        }
        if !options.skipSIP2 {
            let kiosks = try await CirculationSIP2Load.start(node: setup.node)
            for clients in options.clients {
                report.append(
                    try await row("SIP2", clients, setup, options) { work, limit, checkout in
                        kiosks.run(work: work, limit: limit, checkout: checkout)
                    })
            }
            kiosks.stop()
        }
        report += try await TargetingRun.measure(setup, holds: options.holds)
        await setup.node.shutdown()
        return report.joined(separator: "\n")
    }

    /// Checkouts of fresh copies by `clients` at once, then check-ins of what was lent, as one table row.
    static func row(
        _ transport: String, _ clients: Int, _ setup: CirculationSetup, _ options: Options,
        _ drive: ([[Operation]], Double, Bool) async -> (LoadDriver.Figures, [Operation])
    ) async throws -> String {
        let count = min(setup.copies.count, Int(options.seconds * 6_000))
        let operations = (0..<count).map { index in
            Operation(card: setup.cards[index % setup.cards.count], copy: setup.copies[index])
        }
        let (out, lent) = await drive(spread(operations, over: clients), options.seconds, true)
        let (back, _) = await drive(spread(lent, over: clients), options.seconds * 2, false)
        func cell(_ figures: LoadDriver.Figures) -> String {
            String(format: "%11.0f  %6.1f  %6.1f", figures.rate, figures.p50, figures.p99)
        }
        var line = String(format: "  %-10@ %7d ", transport as NSString, clients) + cell(out) + "    " + cell(back)
        line += String(format: "  %7d", out.failed + back.failed)
        if let failure = out.firstFailure ?? back.firstFailure { line += "  (first failure: \(failure.prefix(120)))" }
        return line
    }

    static func spread<T>(_ items: [T], over clients: Int) -> [[T]] {
        var lists = Array(repeating: [T](), count: clients)
        for (index, item) in items.enumerated() { lists[index % clients].append(item) }
        return lists
    }

    /// The desk called directly by `work.count` concurrent tasks.
    static func inProcess(_ desk: CirculationDesk, work: [[Operation]], limit: Double, checkout: Bool) async
        -> (LoadDriver.Figures, [Operation])
    {
        let start = ContinuousClock.now
        let results = await withTaskGroup(of: ([Double], [Operation], Int, String?).self) { group in
            for list in work {
                group.addTask {
                    var latencies: [Double] = []
                    var done: [Operation] = []
                    var failed = 0
                    var failure: String?
                    for operation in list {
                        if (ContinuousClock.now - start).seconds > limit { break }
                        let began = ContinuousClock.now
                        do {
                            if checkout {
                                _ = try await desk.checkout(
                                    card: operation.card, barcode: operation.copy.barcode,
                                    library: operation.copy.library, actor: "bench")
                            } else {
                                _ = try await desk.checkin(
                                    barcode: operation.copy.barcode, library: operation.copy.library, actor: "bench")
                            }
                            done.append(operation)
                        } catch {
                            failed += 1
                            failure = failure ?? "\(error)"
                        }
                        latencies.append((ContinuousClock.now - began).seconds * 1000)
                    }
                    return (latencies, done, failed, failure)
                }
            }
            var all: [([Double], [Operation], Int, String?)] = []
            for await result in group { all.append(result) }
            return all
        }
        let seconds = (ContinuousClock.now - start).seconds
        let latencies = results.flatMap(\.0).sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        let done = results.flatMap(\.1)
        let figures = LoadDriver.Figures(
            clients: work.count, done: done.count, failed: results.reduce(0) { $0 + $1.2 }, seconds: seconds,
            p50: percentile(0.5), p99: percentile(0.99), firstFailure: results.compactMap(\.3).first)
        return (figures, done)
    }
}
