import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/account`: a reader's own loans (renew), requests (cancel, suspend, resume, place in the queue), fines,
/// notices and, if they chose to keep it, their history with the switch to change that.
enum AccountPage {
    struct RenewForm: Decodable { var barcode: String }
    struct HoldForm: Decodable {
        var action: String
        var until: String?
    }
    struct PrivacyForm: Decodable { var keepHistory: String }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/account", access: .signedIn) { _, context in
            try await render([:], context, services, pages)
        }
        routes.add(.post, "/account/renew", access: .signedIn) { request, context in
            let form = try await request.decode(as: RenewForm.self, context: context)
            return try await act(context, services, pages) { reader, actor in
                let receipt = try await services.circulation.renew(
                    barcode: form.barcode, reader: reader.id, actor: actor)
                return Strings.text(
                    "renewed", context.language, ["due": CirculationFormat.date(receipt.dueAt, services)])
            }
        }
        routes.add(.post, "/account/holds/:id", access: .signedIn) { request, context in
            let hold = Identifier<Hold>(try context.parameters.identifier("id"))
            let form = try await request.decode(as: HoldForm.self, context: context)
            let until = try CirculationCaller.moment(form.until, parameter: "until", services: services)
            return try await act(context, services, pages) { reader, actor in
                let desk = services.circulation
                switch form.action {
                case "cancel": _ = try await desk.cancelHold(hold, reader: reader.id, actor: actor)
                case "suspend": _ = try await desk.suspendHold(hold, until: until, reader: reader.id, actor: actor)
                case "resume": _ = try await desk.resumeHold(hold, reader: reader.id, actor: actor)
                default: throw WebError.invalidParameter("action", "action must be cancel, suspend or resume")
                }
                return Strings.text("done", context.language)
            }
        }
        routes.add(.post, "/account/privacy", access: .signedIn) { request, context in
            let form = try await request.decode(as: PrivacyForm.self, context: context)
            return try await act(context, services, pages) { reader, actor in
                _ = try await services.circulation.readers.setKeepHistory(
                    reader.id, form.keepHistory == "true", actor: actor)
                return Strings.text("done", context.language)
            }
        }
    }

    /// Runs a reader's change and shows the account again with its result or the refusal.
    static func act(
        _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        _ change: (ReaderProfile, String) async throws -> String
    ) async throws -> Response {
        let reader = try await CirculationCaller.ownReader(context, services: services)
        do {
            let notice = try await change(reader, try CirculationCaller.principal(context).auditName)
            return try await render(["notice": notice], context, services, pages)
        } catch let refusal as CirculationRefusal {
            return try await render(
                ["error": refusal.message(context.language)], context, services, pages, status: refusal.httpStatus)
        }
    }

    static func render(
        _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let title = Strings.text("myAccount", context.language)
        let principal = try CirculationCaller.principal(context)
        guard principal.role == .reader,
            let reader = try await services.circulation.readers.reader(account: principal.userID.rawValue)
        else {
            return try pages.page("account", title: title, values: ["noCard": true], context: context)
        }
        let account = try await services.circulation.account(of: reader.id)
        let language = context.language
        var values: [String: Any] = [
            "name": reader.name, "card": reader.cardNumber ?? "", "home": reader.homeLibraryCode,
            "validThrough": reader.validThrough?.description ?? "", "owed": CirculationFormat.money(reader.owedCents),
            "loans": account.loans.map { CirculationFormat.loan($0, services) },
            "holds": account.holds.map { CirculationFormat.hold($0, language, services) },
            "fines": account.fines.map { CirculationFormat.fine($0, services) },
            "notices": account.notices.map { notice in
                [
                    "kind": notice.kind.rawValue, "title": notice.title ?? "", "library": notice.library ?? "",
                    "date": CirculationFormat.date(notice.createdAt, services),
                ] as [String: Any]
            },
            "keepHistory": reader.keepHistory,
            "history": account.history.map { CirculationFormat.loan($0, services) },
        ]
        values.merge(extra) { _, new in new }
        return try pages.page("account", title: title, values: values, context: context, status: status)
    }
}
