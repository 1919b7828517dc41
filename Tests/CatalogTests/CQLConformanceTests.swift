import Catalog
import Foundation
import Testing

/// The parser reproduces yaz's XCQL for every LoC sample query, byte for byte, and rejects the
/// queries yaz rejects.
@Suite struct CQLMatchesYazOnTheConformanceVectors {
    static let committedVectors = (try? CQLConformanceVectors.load(from: CQLConformanceVectors.fixtures)) ?? []

    @Test func allCommittedVectorsAreRead() throws {
        let vectors = try CQLConformanceVectors.load(from: CQLConformanceVectors.fixtures)
        #expect(vectors.count == 81)
        #expect(vectors.filter { $0.expectedXCQL == nil }.count == 11)
    }

    @Test(arguments: committedVectors)
    func committedVector(_ vector: CQLConformanceVector) {
        check(vector)
    }

    @Test(.enabled(if: CQLConformanceVectors.isPresent(CQLConformanceVectors.shared)))
    func sharedVectorsMatchTheCommittedCopyAndPass() throws {
        let shared = try CQLConformanceVectors.load(from: CQLConformanceVectors.shared)
        #expect(shared.map(\.query) == Self.committedVectors.map(\.query))
        for vector in shared {
            check(vector)
        }
    }

    private func check(_ vector: CQLConformanceVector) {
        let result = Result { () throws(CQLError) -> CQLQuery in try CQLParser.parse(vector.query) }
        switch (result, vector.expectedXCQL) {
        case (.success(let query), .some(let expected)):
            #expect(query.xcql == expected, "\(vector.name): \(vector.query)")
        case (.failure(let error), .some):
            Issue.record("\(vector.name): \(vector.query) failed: \(error)")
        case (.success(let query), .none):
            Issue.record("\(vector.name): \(vector.query) should fail but gave\n\(query.xcql)")
        case (.failure, .none):
            break
        }
    }
}
