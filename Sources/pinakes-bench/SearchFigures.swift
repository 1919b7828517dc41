import Foundation

/// What one engine measured, for one column of the search table; nil where it was not measured.
struct SearchFigures: Sendable {
    var name: String
    var records: Int?
    var ingestSeconds: Double?
    var withoutFacets: Percentiles?
    var withFacets: Percentiles?
    var httpLatency: Percentiles?
    var httpSearchesPerSecond: Double?
    /// Kind → (found in the top 20, queries with an expected record).
    var found: [String: (found: Int, of: Int)] = [:]
    var notes: [String] = []

    init(name: String) { self.name = name }
}

extension SearchFigures {
    /// One engine of `search_baselines.py`'s JSON report (`fts5` or `zebra`).
    init(name: String, baseline: [String: Any]?) {
        self.init(name: name)
        guard let baseline else {
            notes.append("not measured")
            return
        }
        if let skipped = baseline["skipped"] as? String { notes.append("skipped: \(skipped)") }
        if let error = baseline["error"] as? String { notes.append("error: \(error)") }
        records = (baseline["records"] as? NSNumber)?.intValue
        ingestSeconds = (baseline["ingest_seconds"] as? NSNumber)?.doubleValue
        let latency = baseline["latency_ms"] as? [String: Any]
        withoutFacets = Self.percentiles(latency?["without_facets"])
        withFacets = Self.percentiles(latency?["with_facets"])
        for (kind, value) in baseline["found_in_top20"] as? [String: [String: Any]] ?? [:] {
            let hits = (value["found"] as? NSNumber)?.intValue ?? 0
            found[kind] = (hits, (value["of"] as? NSNumber)?.intValue ?? 0)
        }
        for key in ["index", "tokenizer", "query", "timing"] {
            if let text = baseline[key] as? String { notes.append("\(key): \(text)") }
        }
    }

    private static func percentiles(_ value: Any?) -> Percentiles? {
        guard let value = value as? [String: Any] else { return nil }
        func number(_ key: String) -> Double { (value[key] as? NSNumber)?.doubleValue ?? .nan }
        return Percentiles(p50: number("p50"), p95: number("p95"), p99: number("p99"))
    }
}

/// Runs `Benchmarks/baselines/search_baselines.py` and reads its JSON report.
enum SearchBaselines {
    static func run(script: String, file: String, queries: String, skipZebra: Bool) -> (
        fts5: SearchFigures, zebra: SearchFigures
    ) {
        var arguments = ["python3", script, "--file", file, "--queries", queries]
        if skipZebra { arguments.append("--skip-zebra") }
        let result = ChildProcess.run(arguments, passStandardError: true)
        let report =
            result.flatMap { try? JSONSerialization.jsonObject(with: Data($0.output.utf8)) as? [String: Any] } ?? [:]
        var fts5 = SearchFigures(name: "SQLite FTS5 direct", baseline: report["fts5"] as? [String: Any])
        var zebra = SearchFigures(name: "Zebra", baseline: report["zebra"] as? [String: Any])
        if result == nil || report.isEmpty {
            let why = "python3 \(script) gave no report (status \(result?.status ?? -1))"
            fts5.notes = [why]
            zebra.notes = [why]
        }
        if skipZebra { zebra.notes = ["skipped (--skip-zebra)"] }
        if zebra.notes.contains(where: { $0.hasPrefix("index: ICU") }) { zebra.name = "Zebra, ICU" }
        return (fts5, zebra)
    }
}
