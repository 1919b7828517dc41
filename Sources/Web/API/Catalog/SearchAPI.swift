import Catalog
import Hummingbird

/// `/api/v1/search`: the union catalogue for machines — the exact total, one page of titles with their
/// holdings, and facet counts (`SearchResponse` as it is).
enum SearchAPI {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/search", access: .anyone) { request, _ in
            let parameters = try SearchParameters.parse(request.uri.queryParameters)
            return try JSONResponse.make(try await services.search.run(parameters))
        }
    }
}
