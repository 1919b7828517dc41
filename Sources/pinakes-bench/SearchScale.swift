import Catalog
import Consortium
import Foundation
import PinakesApp
import PinakesCore
import SQLKit

/// The scale run: several member libraries' files (from `Benchmarks/make-scale-input.py`) imported into one new
/// SQLite database, then the query set in process.
struct SearchScale {
    let files: [String]
    let queries: [BenchQuery]

    func run() async throws -> String {
        let folder = NSTemporaryDirectory() + "pinakes-bench-scale-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let node = try await PinakesNode.open(.sqlite(path: folder + "/pinakes.sqlite"))
        _ = try await node.libraries.add(NewLibrary(code: "BENCH", name: "Benchmark consortium"), actor: "bench")
        var members = 0
        var lines: [String] = []
        let start = ContinuousClock.now
        for (i, file) in files.enumerated() {
            let code = "LIB\(i + 1)"
            _ = try await node.libraries.add(
                NewLibrary(code: code, name: "Library \(i + 1)", type: .central), actor: "bench")
            let begin = ContinuousClock.now
            let summary = try await node.importer.importFile(file, libraryCode: code, actor: "bench")
            let seconds = (ContinuousClock.now - begin).seconds
            members += summary.new
            lines.append(
                "  \(code) \((file as NSString).lastPathComponent): \(SearchTable.grouped(summary.read)) records in "
                    + String(format: "%.1f s (%.0f rec/s)", seconds, Double(summary.read) / seconds))
            SearchBenchmark.say("scale: \(lines.last ?? "")")
        }
        let total = (ContinuousClock.now - start).seconds
        let clusters = try await count("bib_cluster", node.database)
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        let outcome = await SearchInProcess(search: search, queries: queries).run()
        await node.shutdown()
        var text = "Scale: \(SearchTable.grouped(members)) member records from \(files.count) libraries\n"
        text += lines.joined(separator: "\n") + "\n"
        text += String(format: "  ingest %.1f s, %.0f records/s", total, Double(members) / total)
        text += "; \(SearchTable.grouped(clusters)) titles (clusters)\n"
        text += "  top 20, no facets (ms p50/p95/p99)  \(outcome.withoutFacets?.text ?? "–")\n"
        text += "  top 20 + exact facets               \(outcome.withFacets?.text ?? "–")\n"
        for kind in ["chinese-simplified", "chinese-traditional", "known-item", "author"] {
            if let tally = outcome.found[kind] { text += "  \(kind) in top 20: \(tally.found)/\(tally.of)\n" }
        }
        if !outcome.failures.isEmpty { text += "  \(outcome.failures.count) queries failed\n" }
        return text
    }

    private func count(_ table: String, _ database: Database) async throws -> Int {
        try await database.withConnection { sql in
            let row = try await sql.raw("SELECT count(*) AS n FROM \(unsafeRaw: table)").first()
            return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }
}
