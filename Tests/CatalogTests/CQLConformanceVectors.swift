import Catalog
import Foundation
import Testing

/// One conformance vector: a LoC sample query and yaz's expected XCQL, or nil when yaz rejects it.
struct CQLConformanceVector: Sendable, CustomTestStringConvertible {
    /// `N.M`: the M-th query of the N-th `#` section of `cql2xcqlsample`.
    var name: String
    var query: String
    var expectedXCQL: String?

    var testDescription: String { "\(name): \(query)" }
}

/// Finds and reads the CQL conformance vectors (yaz's `test/cql2xcqlsample` and `test/cql/N.M.{out,err}`).
enum CQLConformanceVectors {
    /// The committed copy next to these tests (yaz is BSD-3; its LICENSE is copied alongside).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/cql")

    /// The staged originals in `../shared/schemas/cql`, beside the package root.
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/cql")

    /// Whether a vector folder is present.
    static func isPresent(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("cql2xcqlsample").path)
    }

    /// The vectors of a folder, numbered as yaz's `test_cql2xcql.sh` numbers them: a run of `#` lines
    /// opens a section, blank lines are skipped, and each other line is the next query of its section.
    static func load(from folder: URL) throws -> [CQLConformanceVector] {
        let sample = try String(contentsOf: folder.appendingPathComponent("cql2xcqlsample"), encoding: .utf8)
        let expected = folder.appendingPathComponent("yaz-test-cql-xcql-expected")
        var vectors: [CQLConformanceVector] = []
        var section = 0
        var number = 0
        var inComment = false
        for line in sample.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") {
                inComment = true
                continue
            }
            if inComment {
                section += 1
                number = 0
                inComment = false
            }
            number += 1
            let name = "\(section).\(number)"
            let error = try? String(contentsOf: expected.appendingPathComponent("\(name).err"), encoding: .utf8)
            let output = try String(contentsOf: expected.appendingPathComponent("\(name).out"), encoding: .utf8)
            let failed = !(error ?? "").isEmpty && output.isEmpty
            vectors.append(CQLConformanceVector(name: name, query: String(line), expectedXCQL: failed ? nil : output))
        }
        return vectors
    }
}
