import Foundation

/// `pinakes-bench protocols`: SRU and Z39.50 searches per second with several clients against a Pinakes node and
/// against Zebra with the same records, and a full OAI-PMH harvest by sickle — driven by
/// `Benchmarks/baselines/protocols_bench.py`, which starts both servers, and printed here side by side.
enum ProtocolsBenchmark {
    struct Options {
        var file: String
        var clients: Int
        var seconds: Double
        var skipZebra: Bool
    }

    static func run(_ options: Options) throws -> String {
        let pinakes = try pinakesBinary()
        var arguments = [
            "python3", "Benchmarks/baselines/protocols_bench.py", "--pinakes", pinakes, "--file", options.file,
            "--clients", String(options.clients), "--seconds", String(options.seconds),
        ]
        if options.skipZebra { arguments.append("--skip-zebra") }
        FileHandle.standardError.write(Data("protocols: \(arguments.joined(separator: " "))\n".utf8))
        guard let result = ChildProcess.run(arguments, passStandardError: true), result.status == 0,
            let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        else {
            throw BenchError("protocols_bench.py gave no report; run it by hand to see why")
        }
        return render(report, options: options)
    }

    /// The release `pinakes` beside this benchmark's executable (`swift build -c release` builds both).
    static func pinakesBinary() throws -> String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let path = folder.appendingPathComponent("pinakes").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("no pinakes binary at \(path): run `swift build -c release --product pinakes` first")
        }
        return path
    }

    static func render(_ report: [String: Any], options: Options) -> String {
        func run(_ key: String) -> [String: Any]? { report[key] as? [String: Any] }
        func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
        func cell(_ key: String) -> String {
            guard let figures = run(key) else { return "–" }
            if let skipped = figures["skipped"] as? String { return "skipped: \(skipped)" }
            let rate = number(figures["per_second"]).map { String(format: "%.0f/s", $0) } ?? "–"
            let p50 = number(figures["p50_ms"]).map { String(format: "%.1f", $0) } ?? "–"
            let p99 = number(figures["p99_ms"]).map { String(format: "%.1f", $0) } ?? "–"
            let failed = (figures["failed"] as? NSNumber)?.intValue ?? 0
            return "\(rate) (p50 \(p50) ms, p99 \(p99) ms\(failed > 0 ? ", \(failed) failed" : ""))"
        }
        func agreement(_ key: String) -> String {
            guard let value = run(key), let compared = value["compared"], let same = value["same_hits"] else {
                return "–"
            }
            return "\(same) of \(compared) searches"
        }
        var lines = [
            "protocols: \(options.clients) clients, \(options.seconds) s per run, \(report["workload"] ?? "")",
            "",
            "| protocol | Pinakes | Zebra (zebrasrv) | same hit count | goal |",
            "|---|---|---|---|---|",
            "| SRU 1.2 searchRetrieve | \(cell("pinakes_sru")) | \(cell("zebra_sru")) | \(agreement("agreement_sru")) | ahead of Zebra |",
            "| Z39.50 search + present | \(cell("pinakes_z3950")) | \(cell("zebra_z3950")) | \(agreement("agreement_z3950")) | ahead of Zebra |",
        ]
        if let oai = run("pinakes_oai") {
            let records = (oai["records"] as? NSNumber)?.intValue ?? 0
            let rate = number(oai["per_second"]).map { String(format: "%.0f records/s", $0) } ?? "–"
            let seconds = number(oai["seconds"]).map { String(format: "%.1f s", $0) } ?? "–"
            lines.append(
                "| OAI-PMH ListRecords marc21, full harvest by sickle | \(records) records in \(seconds), \(rate) | – | – | – |"
            )
        }
        let importSeconds = number(report["pinakes_import_seconds"]).map { String(format: "%.1f s", $0) } ?? "–"
        let indexSeconds = number(report["zebra_index_seconds"]).map { String(format: "%.1f s", $0) } ?? "–"
        lines.append("")
        lines.append("loading the records: `pinakes import` \(importSeconds), `zebraidx update` \(indexSeconds)")
        if let skipped = report["skipped"] as? [String: Any], !skipped.isEmpty {
            lines.append("skipped: \(skipped.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
