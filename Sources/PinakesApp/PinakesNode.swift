import Accounts
import Catalog
import Circulation
import Consortium
import Logging
import PinakesCore
import Prometheus
import Web

/// The composition root: one database, the services built on it, and the servers that expose them.
public final class PinakesNode: Sendable {
    public let database: Database
    public let clock: Clock
    public let libraries: LibraryDirectory
    public let accounts: AccountService
    public let catalog: CatalogStore
    public let importer: RecordImporter
    /// Circulation: readers and cards, loans, holds, transits, fines, notices.
    public let circulation: CirculationDesk
    public let metrics: PrometheusCollectorRegistry
    public let logger: Logger

    /// Every module's migrations, in dependency order.
    public static let migrations: [Migration] =
        AuditLog.migrations + LibraryDirectory.migrations + CatalogStore.migrations + AccountService.migrations
        + CirculationSchema.migrations

    init(database: Database, clock: Clock, bcryptCost: UInt8, logger: Logger) {
        self.database = database
        self.clock = clock
        self.logger = logger
        libraries = LibraryDirectory(database: database, clock: clock)
        accounts = AccountService(database: database, clock: clock, bcryptCost: bcryptCost)
        catalog = CatalogStore(database: database, clock: clock)
        importer = RecordImporter(database: database, clock: clock)
        circulation = CirculationDesk(database: database, clock: clock)
        metrics = PrometheusCollectorRegistry()
    }

    /// Opens the database at `location` and brings its schema up to date.
    public static func open(
        _ location: DatabaseLocation, clock: Clock = .system, bcryptCost: UInt8 = 12,
        logger: Logger = Logger(label: "pinakes")
    ) async throws -> PinakesNode {
        let database = try Database.open(location, logger: logger)
        do {
            try await MigrationRunner(database: database).run(migrations)
        } catch {
            await database.shutdown()
            throw PinakesError.invalidInput("cannot prepare the database at \(location): \(error)")
        }
        let node = PinakesNode(database: database, clock: clock, bcryptCost: bcryptCost, logger: logger)
        // Records stored before the search index existed are indexed once, here.
        let indexed = try await node.catalog.rebuildSearchIndex(onlyMissing: true)
        if indexed > 0 { logger.info("indexed \(indexed) member records for search") }
        return node
    }

    /// The services the web layer needs.
    public func webServices(secureCookies: Bool = false) -> WebServices {
        WebServices(
            database: database, libraries: libraries, accounts: accounts, catalog: catalog, metrics: metrics,
            clock: clock, secureCookies: secureCookies, search: CatalogSearch(database: database, libraries: libraries),
            circulation: circulation)
    }

    /// Serves HTTP on `host:port` until the process is asked to stop.
    public func serve(
        host: String, port: Int, secureCookies: Bool = false,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let pages = try await PageRenderer.load()
        let app = WebApplication.build(
            services: webServices(secureCookies: secureCookies), pages: pages, host: host, port: port, logger: logger,
            onServerRunning: onRunning)
        try await app.runService()
    }

    /// Closes the database.
    public func shutdown() async { await database.shutdown() }
}
