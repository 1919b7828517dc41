import Catalog

extension CatalogSearch {
    /// Runs a search given as URL parameters; a query the engine refuses keeps the name of its parameter.
    func run(_ parameters: SearchParameters) async throws -> SearchResponse {
        do {
            return try await search(parameters.request)
        } catch let error as CQLError {
            throw SearchQueryError(parameter: parameters.syntax.rawValue, cql: error)
        }
    }
}
