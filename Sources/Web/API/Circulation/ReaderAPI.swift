import Accounts
import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/api/v1/readers`: registration at the desk and online, lookup, and the desk's changes to a reader's card.
enum ReaderAPI {
    /// A registration; online registrations may also choose a username and password for "my account".
    struct Registration: Decodable {
        var name: String
        var category: ReaderCategory?
        var homeLibrary: String
        var email: String?
        var phone: String?
        var card: String?
        var pin: String?
        var keepHistory: Bool?
        var username: String?
        var password: String?

        func newReader(online: Bool) -> NewReader {
            NewReader(
                name: name, category: online ? .adult : (category ?? .adult), homeLibrary: homeLibrary,
                email: email.flatMap { $0.isEmpty ? nil : $0 }, phone: phone.flatMap { $0.isEmpty ? nil : $0 },
                cardNumber: online ? nil : card.flatMap { $0.isEmpty ? nil : $0 },
                pin: pin.flatMap { $0.isEmpty ? nil : $0 }, keepHistory: keepHistory ?? false)
        }
    }
    struct ReaderList: Encodable { var readers: [ReaderProfile] }
    struct ReaderDetail: Encodable {
        var reader: ReaderProfile
        var account: ReaderAccount
        var linked: [ReaderProfile]
    }
    struct ReplaceCard: Decodable {
        var lost: Bool?
        var card: String?
    }
    struct BlockRequest: Decodable {
        var kind: ReaderBlock
        var note: String?
    }
    struct LinkRequest: Decodable { var reader: Int64 }
    struct PrivacyRequest: Decodable { var keepHistory: Bool }
    struct PaymentRequest: Decodable {
        var amountCents: Int
        var library: String?
        var note: String?
    }
    struct WaiveRequest: Decodable {
        var amountCents: Int?
        var note: String?
    }

    static func register(on routes: RouteTable, services: WebServices) {
        let readers = services.circulation.readers
        routes.add(.post, "/api/v1/readers", access: .staff) { request, context in
            let body = try await request.decode(as: Registration.self, context: context)
            let profile = try await registerAtDesk(body, context, services: services)
            return try JSONResponse.make(profile, status: .created)
        }
        routes.add(.post, "/api/v1/readers/register", access: .anyone, checksCSRF: false) { request, context in
            let body = try await request.decode(as: Registration.self, context: context)
            return try JSONResponse.make(try await registerOnline(body, services: services), status: .created)
        }
        routes.add(.get, "/api/v1/readers", access: .staff) { request, _ in
            let text = request.uri.queryParameters.get("q") ?? ""
            return try JSONResponse.make(ReaderList(readers: try await readers.find(text)))
        }
        routes.add(.get, "/api/v1/readers/:id", access: .staff) { _, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            let account = try await services.circulation.account(of: reader.id)
            return try JSONResponse.make(
                ReaderDetail(reader: reader, account: account, linked: try await readers.linked(reader)))
        }
        changes(on: routes, services: services)
    }

    /// The desk's changes to one reader, each in the caller's scope.
    static func changes(on routes: RouteTable, services: WebServices) {
        let readers = services.circulation.readers
        change(routes, "verify", services) { reader, actor, _, _ in try await readers.verify(reader.id, actor: actor) }
        change(routes, "renew-card", services) { reader, actor, _, _ in
            try await readers.renewCard(reader.id, actor: actor)
        }
        change(routes, "replace-card", services) { reader, actor, request, context in
            let body = try await request.decode(as: ReplaceCard.self, context: context)
            return try await readers.replaceCard(
                reader.id, newNumber: body.card.flatMap { $0.isEmpty ? nil : $0 }, lost: body.lost ?? false,
                actor: actor)
        }
        change(routes, "blocks", services) { reader, actor, request, context in
            let body = try await request.decode(as: BlockRequest.self, context: context)
            return try await readers.block(reader.id, kind: body.kind, note: body.note ?? "", actor: actor)
        }
        change(routes, "link", services) { reader, actor, request, context in
            let body = try await request.decode(as: LinkRequest.self, context: context)
            let other = try await CirculationCaller.managedReader(body.reader, context, services: services)
            return try await readers.link(reader.id, with: other.id, actor: actor)
        }
        change(routes, "privacy", services) { reader, actor, request, context in
            let body = try await request.decode(as: PrivacyRequest.self, context: context)
            return try await readers.setKeepHistory(reader.id, body.keepHistory, actor: actor)
        }
        fines(on: routes, services: services)
        routes.add(.delete, "/api/v1/readers/:id/blocks/:block", access: .staff) { _, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            let block = try context.parameters.identifier("block")
            let actor = try CirculationCaller.principal(context).auditName
            return try JSONResponse.make(try await readers.liftBlock(block, of: reader.id, actor: actor))
        }
    }

    /// Payments (at a desk in the caller's scope, or for a reader in it) and waivers (reader in scope).
    static func fines(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/api/v1/readers/:id/payments", access: .staff) { request, context in
            let id = try context.parameters.identifier("id")
            let body = try await request.decode(as: PaymentRequest.self, context: context)
            let library = body.library.flatMap { $0.isEmpty ? nil : $0 }
            let reader: Identifier<Reader>
            if let library {
                _ = try await CirculationCaller.desk(library, context, services: services)
                reader = try await services.circulation.readers.require(Identifier(id)).id
            } else {
                reader = try await CirculationCaller.managedReader(id, context, services: services).id
            }
            let receipt = try await services.circulation.pay(
                reader: reader, amountCents: body.amountCents, library: library?.uppercased(),
                actor: try CirculationCaller.principal(context).auditName, note: body.note ?? "")
            return try JSONResponse.make(receipt, status: .created)
        }
        routes.add(.post, "/api/v1/readers/:id/fines/:fine/waive", access: .staff) { request, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            let fine = try context.parameters.identifier("fine")
            let body = try await HoldAPI.decodeOptional(WaiveRequest.self, request, context) ?? WaiveRequest()
            let receipt = try await services.circulation.waive(
                fine: fine, reader: reader.id, amountCents: body.amountCents,
                actor: try CirculationCaller.principal(context).auditName, note: body.note ?? "")
            return try JSONResponse.make(receipt, status: .created)
        }
    }

    /// `POST /api/v1/readers/{id}/{action}` for staff whose scope covers the reader; answers the changed profile.
    static func change<Result: Encodable & Sendable>(
        _ routes: RouteTable, _ action: String, _ services: WebServices,
        _ body: @escaping @Sendable (ReaderProfile, String, Request, PinakesRequestContext) async throws -> Result
    ) {
        routes.add(.post, RouterPath("/api/v1/readers/:id/\(action)"), access: .staff) { request, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            let actor = try CirculationCaller.principal(context).auditName
            return try JSONResponse.make(try await body(reader, actor, request, context))
        }
    }

    static func registerAtDesk(_ body: Registration, _ context: PinakesRequestContext, services: WebServices)
        async throws -> ReaderProfile
    {
        let home = try await CirculationCaller.desk(body.homeLibrary, context, services: services)
        var new = body.newReader(online: false)
        new.homeLibrary = home.code
        return try await services.circulation.readers.register(
            new, via: .desk, actor: try CirculationCaller.principal(context).auditName)
    }

    /// An online registration: a pending reader, and a reader login when a username and password are given.
    static func registerOnline(_ body: Registration, services: WebServices) async throws -> ReaderProfile {
        let readers = services.circulation.readers
        let username = body.username?.trimmingCharacters(in: .whitespaces) ?? ""
        if !username.isEmpty, (body.password ?? "").count < 8 {
            throw WebError.invalidParameter("password", "the password must have at least 8 characters")
        }
        let new = body.newReader(online: true)
        guard !username.isEmpty, let password = body.password else {
            return try await readers.register(new, via: .online, actor: "online")
        }
        // Check what the registry would refuse before the login exists, so a refusal leaves neither behind.
        guard new.problems.isEmpty else {
            throw PinakesError.invalidInput("registration: " + new.problems.joined(separator: "; "))
        }
        guard try await services.libraries.library(code: new.homeLibrary) != nil else {
            throw CirculationRefusal.unknownLibrary(new.homeLibrary)
        }
        let account = try await services.accounts.add(
            username: username, password: password, role: .reader, displayName: body.name, email: body.email,
            actor: "online")
        let profile = try await readers.register(new, via: .online, actor: "online")
        return try await readers.attachAccount(profile.id, account: account.id.rawValue, actor: "online")
    }
}
