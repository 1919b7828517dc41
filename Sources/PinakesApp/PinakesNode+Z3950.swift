import Catalog
import Z3950

extension PinakesNode {
    /// The Z39.50 server for `listener`, searching the node's union catalogue (database `Default`).
    public func z3950Server(_ listener: Z3950Listener, onListening: @escaping @Sendable (Int) -> Void = { _ in })
        -> Z3950Server
    {
        let catalog = Z3950Catalog(
            search: CatalogSearch(database: database, libraries: libraries), browse: BrowseIndex(database: database))
        return Z3950Server(
            host: listener.host, port: listener.port,
            responder: Z3950Responder(catalog: catalog, configuration: listener.configuration, logger: logger),
            logger: logger, onListening: onListening)
    }
}
