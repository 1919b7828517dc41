import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/api/v1/holds`: readers request titles or copies for themselves; staff for a reader's card.
enum HoldAPI {
    struct PlaceRequest: Decodable {
        var card: String?
        /// The union-catalogue title (cluster id).
        var title: Int64?
        var barcode: String?
        var pickup: String?
        var notNeededAfter: String?
    }
    struct SuspendRequest: Decodable { var until: String? }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/api/v1/holds", access: .signedIn) { request, context in
            let body = try await request.decode(as: PlaceRequest.self, context: context)
            let receipt = try await place(body, context, services: services)
            return try JSONResponse.make(receipt, status: .created)
        }
        routes.add(.post, "/api/v1/holds/:id/cancel", access: .signedIn) { _, context in
            let (hold, reader, actor) = try await caller(context, services: services)
            return try JSONResponse.make(try await services.circulation.cancelHold(hold, reader: reader, actor: actor))
        }
        routes.add(.post, "/api/v1/holds/:id/suspend", access: .signedIn) { request, context in
            let (hold, reader, actor) = try await caller(context, services: services)
            let body = try await decodeOptional(SuspendRequest.self, request, context) ?? SuspendRequest()
            let until = try CirculationCaller.moment(body.until, parameter: "until", services: services)
            return try JSONResponse.make(
                try await services.circulation.suspendHold(hold, until: until, reader: reader, actor: actor))
        }
        routes.add(.post, "/api/v1/holds/:id/resume", access: .signedIn) { _, context in
            let (hold, reader, actor) = try await caller(context, services: services)
            return try JSONResponse.make(try await services.circulation.resumeHold(hold, reader: reader, actor: actor))
        }
    }

    /// Places the hold: a reader for their own card (a `card` naming another is refused), staff for `card`.
    static func place(_ body: PlaceRequest, _ context: PinakesRequestContext, services: WebServices) async throws
        -> HoldReceipt
    {
        let principal = try CirculationCaller.principal(context)
        let card: String
        if principal.isStaff {
            guard let given = body.card?.trimmingCharacters(in: .whitespaces), !given.isEmpty else {
                throw WebError.invalidParameter("card", "staff place holds for a reader's card")
            }
            card = given
        } else {
            let reader = try await CirculationCaller.ownReader(context, services: services)
            guard let own = reader.cardNumber else { throw CirculationRefusal.unknownCard("") }
            if let given = body.card, !given.isEmpty, given != own { throw CirculationRefusal.notYourLoan }
            card = own
        }
        let target: HoldTarget
        if let title = body.title {
            target = .title(title)
        } else if let barcode = body.barcode?.trimmingCharacters(in: .whitespaces), !barcode.isEmpty {
            target = .copy(barcode: barcode)
        } else {
            throw WebError.invalidParameter("title", "give the title (cluster id) or the barcode of a copy")
        }
        let placement = HoldPlacement(
            card: card, target: target, pickupLibrary: body.pickup.flatMap { $0.isEmpty ? nil : $0.uppercased() },
            notNeededAfter: try CirculationCaller.moment(
                body.notNeededAfter, parameter: "notNeededAfter", services: services))
        return try await services.circulation.placeHold(placement, actor: principal.auditName)
    }

    /// The hold in the path, the reader acting (nil for staff) and the audit name.
    static func caller(_ context: PinakesRequestContext, services: WebServices) async throws
        -> (Identifier<Hold>, Identifier<Reader>?, String)
    {
        let hold = Identifier<Hold>(try context.parameters.identifier("id"))
        let reader = try await CirculationCaller.actingReader(context, services: services)
        return (hold, reader?.id, try CirculationCaller.principal(context).auditName)
    }

    /// A body that may be absent (an empty POST).
    static func decodeOptional<T: Decodable>(_ type: T.Type, _ request: Request, _ context: PinakesRequestContext)
        async throws -> T?
    {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 16)
        guard body.readableBytes > 0 else { return nil }
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: body))
        }
        return try JSONDecoder().decode(type, from: Data(buffer: body))
    }
}
