import Circulation
import Hummingbird
import PinakesCore

/// "Request this title" on `/titles/{id}`: a signed-in reader places a title-level hold for pickup at a
/// library of their choice (their home library by default).
enum TitleRequest {
    struct Form: Decodable { var pickup: String? }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/titles/:id/request", access: .signedIn) { request, context in
            let id = try context.parameters.identifier("id")
            let form = try await request.decode(as: Form.self, context: context)
            let reader = try await CirculationCaller.ownReader(context, services: services)
            guard let card = reader.cardNumber else { throw CirculationRefusal.unknownCard("") }
            _ = try await services.circulation.placeHold(
                HoldPlacement(
                    card: card, target: .title(id), pickupLibrary: form.pickup.flatMap { $0.isEmpty ? nil : $0 }),
                actor: try CirculationCaller.principal(context).auditName)
            return Response.redirect(to: "/account", type: .found)
        }
    }

    /// What the title page's request form needs: the pickup libraries, the reader's home library selected.
    static func formValues(_ context: PinakesRequestContext, services: WebServices) async throws -> [String: Any] {
        guard let principal = context.principal, principal.role == .reader else { return [:] }
        let reader = try await services.circulation.readers.reader(account: principal.userID.rawValue)
        guard let reader else { return [:] }
        let zh = context.language == .zh
        let libraries = try await services.libraries.all().filter { $0.type != .consortium }
        return [
            "canRequest": true,
            "pickups": libraries.map { library in
                [
                    "code": library.code, "name": zh ? (library.nameZh ?? library.name) : library.name,
                    "selected": library.code == reader.homeLibraryCode,
                ] as [String: Any]
            },
        ]
    }
}
