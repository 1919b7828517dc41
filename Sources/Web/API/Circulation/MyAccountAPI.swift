import Circulation
import Hummingbird

/// `/api/v1/me/...`: a reader's own loans, holds, fines, notices and history, and renewing their loans.
enum MyAccountAPI {
    struct RenewRequest: Decodable { var barcode: String }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/me/account", access: .signedIn) { _, context in
            let reader = try await CirculationCaller.ownReader(context, services: services)
            return try JSONResponse.make(try await services.circulation.account(of: reader.id))
        }
        routes.add(.post, "/api/v1/me/renew", access: .signedIn) { request, context in
            let reader = try await CirculationCaller.ownReader(context, services: services)
            let body = try await request.decode(as: RenewRequest.self, context: context)
            let receipt = try await services.circulation.renew(
                barcode: body.barcode, reader: reader.id, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(receipt)
        }
    }
}
