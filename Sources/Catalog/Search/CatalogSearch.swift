import Consortium
import Foundation
import MARC
import PinakesCore

/// The union catalogue's search service: runs queries on the index of the node's database (FTS5 on SQLite,
/// tsvector on PostgreSQL), counts facets, and reads titles, holdings and member records.
public struct CatalogSearch: Sendable {
    public let database: Database
    public let libraries: LibraryDirectory

    public init(database: Database, libraries: LibraryDirectory) {
        self.database = database
        self.libraries = libraries
    }
}

extension CatalogSearch {
    /// Runs `request`: the exact number of titles, one page of them with holdings, and facet counts.
    /// Throws `CQLError` for a query that cannot be run, `PinakesError.invalidInput` for a bad filter.
    public func search(_ request: SearchRequest) async throws -> SearchResponse {
        throw PinakesError.invalidInput("search is being built")  // TEMPORARY: replaced before landing
    }

    /// One title with its members and holdings nearest first from `homeLibrary`; `PinakesError.notFound`.
    public func cluster(id: Int64, homeLibrary: String? = nil) async throws -> ClusterDetail {
        throw PinakesError.notFound("no title \(id)")  // TEMPORARY
    }

    /// One member record as stored; `PinakesError.notFound`.
    public func record(id: Int64) async throws -> MemberRecord {
        throw PinakesError.notFound("no record \(id)")  // TEMPORARY
    }
}

/// The simple search box for people: words, "phrases", -exclusions, `title:`, `author:`, `subject:`, `isbn:`,
/// `year:`, `library:`.
public enum SimpleQuery {
    public static func parse(_ text: String) throws(CQLError) -> (query: SearchQuery, filters: SearchFilters) {
        throw CQLError(diagnostic: .querySyntaxError, message: "being built", offset: 0)  // TEMPORARY
    }
}

/// CQL 1.2 onto the index: `cql.anywhere`/`cql.serverChoice`, `dc.title`, `dc.creator`, `dc.subject`,
/// `bath.isbn`, `dc.date`, `pinakes.library`, …
public enum CQLSearchMapping {
    public static func map(_ cql: CQLQuery) throws(CQLError) -> (
        query: SearchQuery, filters: SearchFilters, sort: SearchRequest.Sort?
    ) {
        throw CQLError(diagnostic: .querySyntaxError, message: "being built", offset: 0)  // TEMPORARY
    }
}
