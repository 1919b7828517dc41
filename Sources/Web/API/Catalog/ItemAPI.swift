import Catalog
import Hummingbird
import PinakesCore

/// `/api/v1/items/{barcode}`: staff read items and change those of the libraries in their scope.
enum ItemAPI {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/items/:barcode", access: .staff) { _, context in
            let barcode = try context.parameters.require("barcode")
            guard let item = try await services.catalog.item(barcode: barcode) else {
                throw PinakesError.notFound("no item with barcode \(barcode)")
            }
            return try JSONResponse.make(item)
        }
        routes.add(.patch, "/api/v1/items/:barcode", access: .staff) { request, context in
            let barcode = try context.parameters.require("barcode")
            let change = try await request.decode(as: ItemChange.self, context: context)
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let item = try await services.catalog.update(
                barcode: barcode, change: change, actor: principal.auditName, mayManage: principal.mayManage)
            return try JSONResponse.make(item)
        }
    }
}
