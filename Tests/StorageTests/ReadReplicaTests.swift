import Catalog
import Consortium
import Foundation
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

private let hasPostgres = ProcessInfo.processInfo.environment["PINAKES_TEST_POSTGRES_URL"] != nil

/// A PostgreSQL URL where nothing listens (port 1 on the loopback refuses connections).
private let closedPort = DatabaseLocation.postgres(url: "postgres://pinakes@127.0.0.1:1/postgres?sslmode=disable")

private func name(of database: Database, read: Bool) async throws -> String {
    let body: (any SQLDatabase) async throws -> String = { sql in
        try await sql.raw("SELECT current_database() AS name").first()?.decode(column: "name", as: String.self) ?? ""
    }
    return read ? try await database.withReadConnection(body) : try await database.withConnection(body)
}

@Suite struct ReadReplicaServesReadsThatMayLag {
    @Test(.enabled(if: hasPostgres, "needs PINAKES_TEST_POSTGRES_URL"))
    func readsGoToTheReplicaAndEverythingElseToThePrimary() async throws {
        let primary = try await TestDatabase.freshLocation(.postgres)
        let replica = try await TestDatabase.freshLocation(.postgres)
        // A poor man's replica: a second database holding a table the primary does not have.
        let marker = try Database.open(replica)
        try await marker.withConnection { sql in
            try await sql.raw("CREATE TABLE replica_marker (word TEXT)").run()
            try await sql.raw("INSERT INTO replica_marker VALUES ('standby')").run()
        }
        await marker.shutdown()
        let database = try Database.open(primary, readReplica: replica)
        let word = try await database.withReadConnection { sql in
            try await sql.raw("SELECT word FROM replica_marker").first()?.decode(column: "word", as: String.self)
        }
        #expect(word == "standby")
        await #expect(throws: (any Error).self) {
            try await database.withConnection { sql in try await sql.raw("SELECT word FROM replica_marker").run() }
        }
        await #expect(throws: (any Error).self) {
            try await database.transaction { sql in try await sql.raw("SELECT word FROM replica_marker").run() }
        }
        #expect(database.readReplica == replica)
        #expect(await database.replicaState() == .available)
        #expect(database.replicaFallbacks == 0)
        await database.shutdown()
    }

    @Test(.enabled(if: hasPostgres, "needs PINAKES_TEST_POSTGRES_URL"))
    func catalogueSearchReadsTheReplicaUnlessToldToReadThePrimary() async throws {
        let primary = try await consortium(.postgres)
        let standby = try await consortium(.postgres)
        let record = SampleRecords.book(id: "rr1", title: "Zebraquagga on the standby")
        _ = try await standby.importer.importFile(
            try SampleRecords.file([record]), libraryCode: "CEN", actor: "test")
        let database = try Database.open(primary.database.location, readReplica: standby.database.location)
        let libraries = LibraryDirectory(database: database)
        let onReplica = CatalogSearch(database: database, libraries: libraries)
        let onPrimary = CatalogSearch(database: database, libraries: libraries, readsFromReplica: false)
        #expect(try await onReplica.search(try simple("zebraquagga")).total == 1)
        #expect(try await onPrimary.search(try simple("zebraquagga")).total == 0)
        await database.shutdown()
        await standby.shutdown()
        await primary.shutdown()
    }

    @Test(.enabled(if: hasPostgres, "needs PINAKES_TEST_POSTGRES_URL"))
    func readsFallBackToThePrimaryWhenTheReplicaRefusesConnections() async throws {
        let primary = try await TestDatabase.freshLocation(.postgres)
        let database = try Database.open(primary, readReplica: closedPort)
        let expected = try await name(of: database, read: false)
        #expect(try await name(of: database, read: true) == expected)
        #expect(database.replicaFallbacks == 1)
        // Within the pause after a failure the replica is not asked again; the read is still answered and counted.
        #expect(try await name(of: database, read: true) == expected)
        #expect(database.replicaFallbacks == 2)
        #expect(await database.replicaState() == .unavailable)
        await database.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func withoutAReplicaReadsGoToThePrimary(backend: Database.Backend) async throws {
        let database = try Database.open(try await TestDatabase.freshLocation(backend))
        let one = try await database.withReadConnection { sql in
            try await sql.raw("SELECT 1 AS one").first()?.decode(column: "one", as: Int.self)
        }
        #expect(one == 1)
        #expect(database.readReplica == nil)
        #expect(await database.replicaState() == nil)
        #expect(database.replicaFallbacks == 0)
        await database.shutdown()
    }

    @Test func refusesAReplicaOfSQLiteOrOneThatIsNotPostgreSQL() throws {
        let sqlite = DatabaseLocation.sqlite(path: TestDatabase.temporaryDirectory() + "/pinakes.sqlite")
        #expect(throws: PinakesError.self) { try Database.open(sqlite, readReplica: closedPort) }
        #expect(throws: PinakesError.self) {
            try Database.open(closedPort, readReplica: .sqlite(path: "/tmp/replica.sqlite"))
        }
    }

    @Test(arguments: [0, 101, -3])
    func refusesPoolSizesOutsideOneToAHundred(size: Int) throws {
        let sqlite = DatabaseLocation.sqlite(path: TestDatabase.temporaryDirectory() + "/pinakes.sqlite")
        #expect(
            throws: PinakesError.invalidInput(
                "database pool size \(size): expected 1 to 100 connections per event loop")
        ) { try Database.open(sqlite, connectionsPerEventLoop: size) }
    }
}
