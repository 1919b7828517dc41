import Accounts
import Catalog
import Circulation
import Consortium
import Harvesting
import ISO18626
import Logging
import PinakesCore
import Prometheus
import ServiceLifecycle
import Sharing
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
    /// Resource sharing with other agencies over ISO 18626.
    public let sharing: SharingDesk
    /// Where this server is reached, once it listens.
    public let address: PublicAddress
    /// The process-wide registry behind `/metrics` (`PinakesMetrics.registry`), shared by every node.
    public let metrics: PrometheusCollectorRegistry
    /// Draining once graceful shutdown has begun: `/ready` answers 503.
    public let serving = ServingState()
    /// Work started by requests that outlives them ("harvest now"); stopped with the node's services.
    public let background = BackgroundWork()
    public let logger: Logger

    /// Every module's migrations, in dependency order.
    public static let migrations: [Migration] =
        AuditLog.migrations + LibraryDirectory.migrations + CatalogStore.migrations + AccountService.migrations
        + CirculationSchema.migrations + SharingSchema.migrations + CatalogFeed.migrations + BrowseIndex.migrations
        + HarvestSchema.migrations + JobLease.migrations

    init(database: Database, clock: Clock, bcryptCost: UInt8, logger: Logger) throws {
        self.database = database
        self.clock = clock
        self.logger = logger
        libraries = LibraryDirectory(database: database, clock: clock)
        accounts = AccountService(database: database, clock: clock, bcryptCost: bcryptCost)
        catalog = CatalogStore(database: database, clock: clock)
        importer = RecordImporter(database: database, clock: clock)
        circulation = CirculationDesk(database: database, clock: clock)
        address = PublicAddress()
        sharing = SharingDesk(
            database: database, clock: clock, circulation: circulation,
            search: CatalogSearch(database: database, libraries: libraries, readsFromReplica: false),
            libraries: libraries, codec: try ISO18626Reader(), address: address, logger: logger)
        metrics = PinakesMetrics.bootstrapOnce()
    }

    /// Opens the database at `location` (searches, feeds and reports reading from `readReplica` when given, pools
    /// of `connectionsPerEventLoop`) and brings its schema up to date.
    public static func open(
        _ location: DatabaseLocation, readReplica: DatabaseLocation? = nil, connectionsPerEventLoop: Int? = nil,
        clock: Clock = .system, bcryptCost: UInt8 = 12, logger: Logger = Logger(label: "pinakes")
    ) async throws -> PinakesNode {
        PinakesMetrics.bootstrapOnce()  // before the database, so its metrics are not made as no-ops
        let database = try Database.open(
            location, readReplica: readReplica, connectionsPerEventLoop: connectionsPerEventLoop, logger: logger)
        do {
            try await MigrationRunner(database: database).run(migrations)
        } catch {
            await database.shutdown()
            throw PinakesError.invalidInput("cannot prepare the database at \(location): \(error)")
        }
        let node = try PinakesNode(database: database, clock: clock, bcryptCost: bcryptCost, logger: logger)
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
            circulation: circulation, sharing: sharing, background: background)
    }

    /// Serves HTTP on `host:port`, and SIP2 kiosks when `sip2` is given, until the process is asked to stop;
    /// both stop gracefully together on SIGTERM or SIGINT.
    public func serve(
        host: String, port: Int, secureCookies: Bool = false, sip2: SIP2Listener? = nil,
        schedule: CirculationSchedule? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in },
        onSIP2Listening: @escaping @Sendable (Int) -> Void = { _ in }, z3950: Z3950Listener? = nil,
        onZ3950Listening: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws {
        let services = try await self.services(
            host: host, port: port, secureCookies: secureCookies, sip2: sip2, schedule: schedule,
            onRunning: onRunning, onSIP2Listening: onSIP2Listening, z3950: z3950, onZ3950Listening: onZ3950Listening)
        try await Self.run(services, logger: logger)
    }

    /// The node's servers and scheduled jobs, for `run` (several nodes can be served in one group).
    public func services(
        host: String, port: Int, secureCookies: Bool = false, sip2: SIP2Listener? = nil,
        schedule: CirculationSchedule? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in },
        onSIP2Listening: @escaping @Sendable (Int) -> Void = { _ in }, z3950: Z3950Listener? = nil,
        onZ3950Listening: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> [any Service] {
        let pages = try await PageRenderer.load()
        let address = self.address
        let app = WebApplication.build(
            services: webServices(secureCookies: secureCookies), pages: pages, host: host, port: port, logger: logger,
            serving: serving,
            onServerRunning: { port in
                if address.base == nil { address.set("http://\(host):\(port)") }
                await onRunning(port)
            })
        // Right after the app, so it is stopped (reverse order) just before the app: harvests started from a page
        // are cancelled and record how far they got while the database is still open.
        var services: [any Service] = [
            app, BackgroundWorkService(work: background), SharingSchedule(desk: sharing, logger: logger),
        ]
        services.append(
            HarvestSchedule(harvester: Harvester(database: database, clock: clock, logger: logger), logger: logger))
        if let sip2 { services.append(sip2Server(sip2, onListening: onSIP2Listening)) }
        if let z3950 { services.append(z3950Server(z3950, onListening: onZ3950Listening)) }
        if let schedule { services.append(schedule) }
        // Last, so that graceful shutdown (which stops services in reverse order) turns `/ready` to 503 first.
        services.append(ReadinessWatch(serving: serving))
        return services
    }

    /// Runs services until SIGTERM or SIGINT, then stops them all gracefully.
    public static func run(_ services: [any Service], logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// Closes the database.
    public func shutdown() async { await database.shutdown() }
}
