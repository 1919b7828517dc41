import Foundation

/// One configuration's measurements: a backend and a number of app processes.
struct ScaleRow: Sendable {
    typealias Usage = (app: Double, postgres: Double, bench: Double, other: Double)
    static let none = LoadDriver.Figures(clients: 0, done: 0, failed: 0, seconds: 0, p50: 0, p99: 0)

    var backend: String
    var processes: Int
    var loadAverage: Double
    var search = none
    var searchCPU: Usage = (0, 0, 0, 0)
    var loans = none
    var loansCPU: Usage = (0, 0, 0, 0)
}

/// The import of the records into one backend by `pinakes import`.
struct ScaleImport: Sendable {
    var backend: String
    var read: Int
    var rejected: Int
    var seconds: Double
    var rate: Double { seconds > 0 ? Double(read) / seconds : 0 }
}

/// The scale benchmark's report: the machine, the imports, throughput side by side with the growth over one
/// process, and where the CPU went in each phase — Markdown tables, ready for BENCHMARKS.md.
struct ScaleReport: Sendable {
    /// The private cluster's settings besides max_connections (fsync and synchronous_commit stay on).
    static let clusterSettings = ["shared_buffers=512MB"]

    let options: ScaleBenchmark.Options
    let records: Int
    let queries: Int
    var postgresNote = ""
    var imports: [ScaleImport] = []
    var rows: [ScaleRow] = []
    let startLoad = ScaleReport.loadAverage()

    static func loadAverage() -> Double {
        var values = [0.0, 0.0, 0.0]
        return getloadavg(&values, 3) > 0 ? values[0] : 0
    }

    func render() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var lines = [
            "scale: \(records) records of \((options.file as NSString).lastPathComponent), \(queries) queries, "
                + "\(options.clients) clients, \(Int(options.seconds)) s per phase",
            String(
                format: "machine: %d cores, %.0f GiB RAM, load average %.1f at the start, %.1f at the end", cores,
                memory, startLoad, Self.loadAverage()),
            "PostgreSQL: \(postgresNote); SQLite: WAL, synchronous=NORMAL",
            "",
            "| import (`pinakes import`, release) | records | rejected | seconds | records/s |",
            "|---|---:|---:|---:|---:|",
        ]
        for entry in imports {
            lines.append(
                String(
                    format: "| %@ | %d | %d | %.1f | **%.0f** |", entry.backend as NSString, entry.read,
                    entry.rejected, entry.seconds, entry.rate))
        }
        lines += [
            "",
            "| configuration | search/s | p50 ms | p95 ms | × 1 process | checkouts/s | p50 ms | p95 ms | × 1 process "
                + "| failed | load avg |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let base = rows.first { $0.backend == row.backend && $0.processes == 1 }
            func growth(_ value: Double, _ one: Double?) -> String {
                guard let one, one > 0 else { return "–" }
                return String(format: "%.2f", value / one)
            }
            lines.append(
                String(
                    format: "| %@ | %.0f | %.1f | %.1f | %@ | %.0f | %.1f | %.1f | %@ | %d | %.1f |",
                    Self.label(row) as NSString, row.search.rate, row.search.p50, row.search.p95,
                    growth(row.search.rate, base?.search.rate) as NSString, row.loans.rate, row.loans.p50,
                    row.loans.p95, growth(row.loans.rate, base?.loans.rate) as NSString,
                    row.search.failed + row.loans.failed, row.loadAverage))
        }
        lines += [
            "",
            "CPU per phase, % of one core (the machine has \(cores * 100) %):",
            "",
            "| configuration | phase | app processes | PostgreSQL | load generator | other |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for row in rows {
            for (phase, usage) in [("search", row.searchCPU), ("checkouts", row.loansCPU)] {
                let postgres =
                    row.backend == "SQLite" || options.postgres != nil ? "–" : String(format: "%.0f", usage.postgres)
                lines.append(
                    String(
                        format: "| %@ | %@ | %.0f | %@ | %.0f | %.0f |", Self.label(row) as NSString,
                        phase as NSString, usage.app, postgres as NSString, usage.bench, usage.other))
            }
        }
        let failures = rows.flatMap { [$0.search.firstFailure, $0.loans.firstFailure] }.compactMap { $0 }
        if let first = failures.first { lines += ["", "first failure: \(first.prefix(300))"] }
        lines += [
            "",
            "search: the query set over GET /api/v1/search (facets, limit 20), anonymous; checkouts: one operation is "
                + "POST checkout + POST check-in of one of the client's own \(options.copiesPerClient) copies; "
                + "clients spread round-robin over the processes; × 1 process: throughput over the same backend's "
                + "one-process row",
        ]
        return lines.joined(separator: "\n")
    }

    private static func label(_ row: ScaleRow) -> String {
        "\(row.backend), \(row.processes) process\(row.processes == 1 ? "" : "es")"
    }
}
