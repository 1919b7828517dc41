import Catalog
import Consortium
import Foundation
import PinakesApp
import PinakesCore

/// Times `pinakes import` of one file into a fresh database and reports records per second and peak memory.
enum ImportBenchmark {
    static func run(file: String, database: String?) async throws -> String {
        let folder = NSTemporaryDirectory() + "pinakes-bench-" + UUID().uuidString
        let location: DatabaseLocation =
            database.map { .postgres(url: $0) } ?? .sqlite(path: folder + "/pinakes.sqlite")
        let node = try await PinakesNode.open(location)
        _ = try await node.libraries.add(NewLibrary(code: "BENCH", name: "Benchmark consortium"), actor: "bench")
        _ = try await node.libraries.add(
            NewLibrary(code: "LIB", name: "Benchmark library", type: .central), actor: "bench")
        let start = ContinuousClock.now
        let summary = try await node.importer.importFile(file, libraryCode: "LIB", actor: "bench")
        let seconds = (ContinuousClock.now - start).seconds
        let again = ContinuousClock.now
        let second = try await node.importer.importFile(file, libraryCode: "LIB", actor: "bench")
        let reimportSeconds = (ContinuousClock.now - again).seconds
        await node.shutdown()
        try? FileManager.default.removeItem(atPath: folder)
        let rate = Double(summary.read) / seconds
        return """
            import of \((file as NSString).lastPathComponent) into \(location.description.hasPrefix("sqlite") ? "SQLite" : "PostgreSQL")
              records read \(summary.read), new \(summary.new), items \(summary.itemsNew), rejected \(summary.rejected.count)
              first import   \(String(format: "%8.2f", seconds)) s   \(String(format: "%9.0f", rate)) records/s   (goal ≥ 20,000)
              re-import      \(String(format: "%8.2f", reimportSeconds)) s   \(String(format: "%9.0f", Double(second.read) / reimportSeconds)) records/s   (unchanged \(second.unchanged))
              peak memory    \(peakResidentMegabytes()) MB (maximum resident set size of this process)
            """
    }

    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss / 1024)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
