import Consortium
import Foundation
import MARC
import PinakesCore
import SQLKit

/// The union catalogue's search service: runs queries on the index of the node's database (FTS5 on SQLite,
/// tsvector on PostgreSQL), counts facets, and reads titles, holdings and member records.
public struct CatalogSearch: Sendable {
    public let database: Database
    public let libraries: LibraryDirectory
    /// Whether reads go to the database's read replica, when it has one (false for decisions such as ILL
    /// holdings matches, which must see the primary).
    public let readsFromReplica: Bool

    public init(database: Database, libraries: LibraryDirectory, readsFromReplica: Bool = true) {
        self.database = database
        self.libraries = libraries
        self.readsFromReplica = readsFromReplica
    }

    /// Runs a read of the index on the replica when allowed (see `Database.withReadConnection`), else the primary.
    func reading<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        if readsFromReplica { return try await database.withReadConnection(body) }
        return try await database.withConnection(body)
    }
}
