import Accounts
import Catalog
import Consortium
import PinakesCore
import Prometheus

/// Everything the web layer calls: built once by the composition root and shared by all requests.
public struct WebServices: Sendable {
    public let database: Database
    public let libraries: LibraryDirectory
    public let accounts: AccountService
    public let catalog: CatalogStore
    public let metrics: PrometheusCollectorRegistry
    public let clock: Clock
    /// Send the session cookie with `Secure` (behind TLS).
    public let secureCookies: Bool

    public init(
        database: Database, libraries: LibraryDirectory, accounts: AccountService, catalog: CatalogStore,
        metrics: PrometheusCollectorRegistry, clock: Clock, secureCookies: Bool = false
    ) {
        self.database = database
        self.libraries = libraries
        self.accounts = accounts
        self.catalog = catalog
        self.metrics = metrics
        self.clock = clock
        self.secureCookies = secureCookies
    }
}
