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
