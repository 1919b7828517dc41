import Accounts
import Catalog
import Circulation
import Consortium
import PinakesCore
import Prometheus
import Sharing

/// Everything the web layer calls: built once by the composition root and shared by all requests.
public struct WebServices: Sendable {
    public let database: Database
    public let libraries: LibraryDirectory
    public let accounts: AccountService
    public let catalog: CatalogStore
    /// The union catalogue's search, title and member-record reading.
    public let search: CatalogSearch
    public let metrics: PrometheusCollectorRegistry
    /// Circulation: readers and cards, loans, holds, transits, fines, notices, the loan policy.
    public let circulation: CirculationDesk
    /// Resource sharing: ISO 18626 with peers, borrowing and lending queues, documents, the ledger.
    public let sharing: SharingDesk?
    public let clock: Clock
    /// Send the session cookie with `Secure` (behind TLS).
    public let secureCookies: Bool
    /// Where requests start work that outlives them ("harvest now").
    public let background: BackgroundWork

    public init(
        database: Database, libraries: LibraryDirectory, accounts: AccountService, catalog: CatalogStore,
        metrics: PrometheusCollectorRegistry, clock: Clock, secureCookies: Bool = false, search: CatalogSearch? = nil,
        circulation: CirculationDesk? = nil, sharing: SharingDesk? = nil, background: BackgroundWork = BackgroundWork()
    ) {
        self.background = background
        self.sharing = sharing
        self.circulation = circulation ?? CirculationDesk(database: database, clock: clock)
        self.database = database
        self.libraries = libraries
        self.accounts = accounts
        self.catalog = catalog
        self.search = search ?? CatalogSearch(database: database, libraries: libraries)
        self.metrics = metrics
        self.clock = clock
        self.secureCookies = secureCookies
    }
}
