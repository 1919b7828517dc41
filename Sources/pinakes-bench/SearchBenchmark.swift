import Catalog
import Consortium
import Foundation
import PinakesApp
import PinakesCore

/// `pinakes-bench search` (issue 3): ingest of the LoC file through the real importer, the query set in process and
/// over HTTP, beside SQLite FTS5 queried directly and Zebra on the same records, in one table.
enum SearchBenchmark {
    struct Options: Sendable {
        var file: String
        var queries: String
        var skipZebra: Bool
        var skipHTTP: Bool
        var scale: [String]
    }

    static func run(_ options: Options) async throws -> String {
        let queries = try SearchQuerySet.load(options.queries)
        let benchmarks = (options.queries as NSString).deletingLastPathComponent
        var pinakes = try await measurePinakes(options, queries: queries, benchmarks: benchmarks)
        say("baselines: python3 \(benchmarks)/baselines/search_baselines.py …")
        let (fts5, zebra) = SearchBaselines.run(
            script: benchmarks + "/baselines/search_baselines.py", file: options.file, queries: options.queries,
            skipZebra: options.skipZebra)
        if options.skipHTTP { pinakes.notes.append("HTTP skipped (--skip-http)") }
        var text = "Search benchmark: \((options.file as NSString).lastPathComponent), \(queries.count) queries "
        text += "(\(kindCounts(queries))) from \(options.queries)\n\n"
        text += SearchTable.render([pinakes, fts5, zebra])
        if !options.scale.isEmpty {
            say("scale: importing \(options.scale.count) library files …")
            text += "\n" + (try await SearchScale(files: options.scale, queries: queries).run())
        }
        return text
    }

    /// Pinakes' column: import into a new SQLite database, then in process, then over HTTP.
    private static func measurePinakes(_ options: Options, queries: [BenchQuery], benchmarks: String) async throws
        -> SearchFigures
    {
        var figures = SearchFigures(name: "Pinakes")
        let folder = NSTemporaryDirectory() + "pinakes-bench-search-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let node = try await PinakesNode.open(.sqlite(path: folder + "/pinakes.sqlite"))
        _ = try await node.libraries.add(NewLibrary(code: "BENCH", name: "Benchmark consortium"), actor: "bench")
        _ = try await node.libraries.add(
            NewLibrary(code: "LIB", name: "Benchmark library", type: .central), actor: "bench")
        say("Pinakes: importing \(options.file) …")
        let start = ContinuousClock.now
        let summary = try await node.importer.importFile(options.file, libraryCode: "LIB", actor: "bench")
        figures.ingestSeconds = (ContinuousClock.now - start).seconds
        figures.records = summary.read
        say("Pinakes: \(queries.count) queries in process …")
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        let inProcess = await SearchInProcess(search: search, queries: queries).run()
        figures.withFacets = inProcess.withFacets
        figures.withoutFacets = inProcess.withoutFacets
        figures.found = inProcess.found
        if !inProcess.failures.isEmpty {
            figures.notes.append("\(inProcess.failures.count) queries failed, first: \(inProcess.failures[0])")
        }
        if !options.skipHTTP {
            say("Pinakes: HTTP latency (wrk, 1 connection) and throughput (wrk -t2 -c16) …")
            let http = await SearchHTTP(
                node: node, queriesPath: options.queries, scriptPath: benchmarks + "/http/search.lua"
            ).run()
            figures.httpLatency = http.latency
            figures.httpSearchesPerSecond = http.searchesPerSecond
            figures.notes += http.notes
            if http.errors > 0 { figures.notes.append("\(http.errors) HTTP errors or non-2xx answers under wrk") }
        }
        await node.shutdown()
        return figures
    }

    static func kindCounts(_ queries: [BenchQuery]) -> String {
        var counts: [(String, Int)] = []
        for query in queries {
            if let i = counts.firstIndex(where: { $0.0 == query.kind }) {
                counts[i].1 += 1
            } else {
                counts.append((query.kind, 1))
            }
        }
        return counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }

    /// Progress on standard error, so standard output holds only the report.
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("[search] " + text + "\n").utf8))
    }
}
