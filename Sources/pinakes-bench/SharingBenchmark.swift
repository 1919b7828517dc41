import Foundation
import PinakesCore

/// `pinakes-bench sharing`: ISO 18626 messages handled per second between two local nodes (full loan cycles
/// through the JSON API, and StatusRequests straight at `/iso18626`), and the time to build a rota over 1,000
/// candidate holders; on SQLite, and on PostgreSQL when a server is given.
enum SharingBenchmark {
    struct Options: Sendable {
        /// A PostgreSQL URL whose account may create databases (the benchmark makes and drops its own).
        var postgres: String?
        var skipSQLite = false
        var seconds = 6.0
        var cycleClients = [1, 8, 32]
        var messageClients = [1, 8, 64]
        var candidates = 1_000
        var rotaRuns = 200
        var ledgerRows = 5_000
    }

    static func run(_ options: Options) async throws -> String {
        var report = [
            "sharing: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(buildMode) build, "
                + "load average \(loadAverage()) at the start",
            "  anchors: none published for ReShare mod-rs or Index Data's CrossLink broker (messages/s, rota time)",
            "",
        ]
        report += SharingRotaTimings.ranking(candidates: options.candidates, runs: options.rotaRuns)
        var backends: [Database.Backend] = options.skipSQLite ? [] : [.sqlite]
        if options.postgres != nil { backends.append(.postgres) }
        for backend in backends {
            let databases = try SharingDatabases(backend: backend, adminURL: options.postgres)
            do {
                report += try await measure(databases, options)
            } catch {
                await databases.removeAll()
                throw error
            }
            await databases.removeAll()
        }
        if options.postgres == nil { report += ["", "  PostgreSQL: not run (give --postgres URL)"] }
        return report.joined(separator: "\n")
    }

    private static func measure(_ databases: SharingDatabases, _ options: Options) async throws -> [String] {
        let began = ContinuousClock.now
        let cycleClients = options.cycleClients.filter { $0 > 0 && $0 <= SharingNodePair.titles / 2 }
        let readers = max(cycleClients.max() ?? 1, 1)
        let pair = try await SharingNodePair.make(databases, readers: readers)
        var lines = [
            "",
            "sharing on \(databases.label): two nodes in this process, each with its own database and HTTP port "
                + "(set up in \(String(format: "%.1f", (ContinuousClock.now - began).seconds)) s)",
        ]
        do {
            lines += try await SharingLoanCycles.measure(pair, clients: cycleClients, seconds: options.seconds)
            lines.append("")
            let open = pair.copies[readers...].prefix(options.messageClients.max() ?? 1)
            lines += try await SharingStatusRequests.measure(
                pair, clients: options.messageClients.filter { $0 > 0 }, seconds: options.seconds, copies: open)
        } catch {
            await pair.stop()
            throw error
        }
        await pair.stop()
        lines.append("")
        lines += try await SharingRotaTimings.directory(
            databases, peers: options.candidates, ledgerRows: options.ledgerRows, runs: options.rotaRuns)
        return lines
    }

    /// Runs blocking load threads' `body` on a thread of its own, so that waiting for them does not hold one of
    /// the few threads of Swift's cooperative pool the servers in this process run on.
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    static var buildMode: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
