import Catalog
import Consortium
import Foundation
import ISO18626
import PinakesCore

/// Where a peer's request is best served from: the union-catalogue title it names and our library with a copy.
struct HoldingsMatch: Sendable {
    var clusterID: Int64?
    var libraryID: Int64
    var libraryCode: String
    /// Copies on the shelf there now.
    var available: Int
    /// Copies held anywhere in the addressed agency's libraries.
    var held: Int
}

extension SharingDesk {
    /// Finds the title by its identifiers (ISBN, ISSN, our record id), else by its title, and picks the library
    /// under `own` with most copies on the shelf (the addressed library itself when it has one).
    func match(_ info: BibliographicInfo, own: OwnAgency) async throws -> HoldingsMatch {
        let none = HoldingsMatch(
            clusterID: nil, libraryID: own.libraryID.rawValue, libraryCode: own.libraryCode, available: 0, held: 0)
        guard let result = try await findTitle(info) else { return none }
        let all = try await libraries.all()
        let scope = LibraryTree(all).subtree(of: own.libraryID)
        let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let holdings = result.holdings.filter { holding in
            byCode[holding.library].map { scope.contains($0.id) } ?? false
        }
        guard !holdings.isEmpty else {
            return HoldingsMatch(
                clusterID: result.id, libraryID: none.libraryID, libraryCode: none.libraryCode, available: 0, held: 0)
        }
        let best = holdings.max { a, b in
            (a.available, a.library == own.libraryCode ? 1 : 0) < (b.available, b.library == own.libraryCode ? 1 : 0)
        }
        guard let best, let library = byCode[best.library] else { return none }
        return HoldingsMatch(
            clusterID: result.id, libraryID: library.id.rawValue, libraryCode: library.code, available: best.available,
            held: holdings.reduce(0) { $0 + $1.total })
    }

    private func findTitle(_ info: BibliographicInfo) async throws -> SearchResult? {
        let numbers = info.bibliographicItemIDs.filter {
            ["ISBN", "ISSN"].contains($0.code.value.uppercased())
        }.map { $0.identifier.filter { $0.isNumber || $0 == "X" || $0 == "x" } }.filter { $0.count >= 8 }
        var queries: [SearchQuery] = numbers.map { .term(SearchTerm(field: .isbn, text: $0)) }
        if let title = info.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty {
            queries.append(.term(SearchTerm(field: .title, text: title, phrase: true)))
        }
        for query in queries {
            let response = try await search.search(SearchRequest(query: query, limit: 1, facets: false))
            if let first = response.results.first { return first }
        }
        return nil
    }
}
