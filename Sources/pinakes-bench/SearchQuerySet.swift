import Foundation

/// One row of `Benchmarks/search-queries.tsv`: what a reader types, and the LoC record (001) it must find.
struct BenchQuery: Sendable {
    var kind: String
    var text: String
    /// The trimmed 001 of the record that must be among the top 20, when the query has one.
    var expected: String?

    var isChinese: Bool { kind.hasPrefix("chinese") }
}

/// The query set of the search benchmark, read from its TSV file (comment lines start with `#`).
enum SearchQuerySet {
    static let defaultPath = "Benchmarks/search-queries.tsv"

    static func load(_ path: String) throws -> [BenchQuery] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [BenchQuery] = []
        var header: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let names = header else {
                header = columns
                continue
            }
            func column(_ name: String) -> String? {
                names.firstIndex(of: name).flatMap { $0 < columns.count ? columns[$0] : nil }
            }
            guard let kind = column("kind"), let query = column("query") else { continue }
            let expected = column("expected").flatMap { $0.isEmpty ? nil : $0 }
            rows.append(BenchQuery(kind: kind, text: query, expected: expected))
        }
        return rows
    }
}

/// Latency percentiles (nearest rank) in milliseconds.
struct Percentiles: Sendable {
    var p50: Double
    var p95: Double
    var p99: Double

    init(p50: Double, p95: Double, p99: Double) {
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
    }

    /// From durations in seconds; nil when there are none.
    init?(seconds: [Double]) {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return nil }
        func pick(_ p: Double) -> Double {
            let rank = Int((p / 100 * Double(sorted.count)).rounded()) - 1
            return sorted[min(sorted.count - 1, max(0, rank))] * 1000
        }
        self.init(p50: pick(50), p95: pick(95), p99: pick(99))
    }

    var text: String { String(format: "%.2f / %.2f / %.2f", p50, p95, p99) }
}
