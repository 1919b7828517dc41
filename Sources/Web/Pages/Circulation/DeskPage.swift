import Accounts
import Circulation
import Consortium
import Foundation
import Hummingbird
import PinakesCore

/// `/staff/circulation`: one branch's desk — check out (card, then barcode after barcode), check in with the
/// instruction and its slip, and links to the branch's hold shelf, pull list and transits.
enum DeskPage {
    struct CheckoutForm: Decodable {
        var library: String
        var card: String
        var barcode: String
    }
    struct CheckinForm: Decodable {
        var library: String
        var barcode: String
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/circulation", access: .staff) { request, context in
            let query = request.uri.queryParameters
            let library = try await deskLibrary(query.get("library"), context, services: services)
            var values: [String: Any] = [:]
            if let card = query.get("card"), !card.isEmpty {
                try await addReader(card: card, to: &values, services: services)
            }
            return try await render(library, values, context, services: services, pages: pages)
        }
        routes.add(.post, "/staff/circulation/checkout", access: .staff) { request, context in
            let form = try await request.decode(as: CheckoutForm.self, context: context)
            let library = try await CirculationCaller.desk(form.library, context, services: services)
            var values: [String: Any] = ["card": form.card, "focusBarcode": true]
            var status = HTTPResponse.Status.ok
            do {
                let receipt = try await services.circulation.checkout(
                    card: form.card, barcode: form.barcode, library: library.code,
                    actor: try CirculationCaller.principal(context).auditName)
                values["receipt"] = [
                    "title": receipt.title, "barcode": receipt.barcode,
                    "due": CirculationFormat.date(receipt.dueAt, services), "rule": receipt.rule,
                ]
            } catch let refusal as CirculationRefusal {
                values["error"] = refusal.message(context.language)
                values["barcode"] = form.barcode
                status = refusal.httpStatus
            }
            try? await addReader(card: form.card, to: &values, services: services)
            return try await render(library, values, context, services: services, pages: pages, status: status)
        }
        routes.add(.post, "/staff/circulation/checkin", access: .staff) { request, context in
            let form = try await request.decode(as: CheckinForm.self, context: context)
            let library = try await CirculationCaller.desk(form.library, context, services: services)
            var values: [String: Any] = ["focusCheckin": true]
            var status = HTTPResponse.Status.ok
            do {
                let receipt = try await services.circulation.checkin(
                    barcode: form.barcode, library: library.code,
                    actor: try CirculationCaller.principal(context).auditName)
                values["checkin"] = checkinValues(receipt, library: library.code, context.language, services)
            } catch let refusal as CirculationRefusal {
                values["checkinError"] = refusal.message(context.language)
                status = refusal.httpStatus
            }
            return try await render(library, values, context, services: services, pages: pages, status: status)
        }
        SlipPage.register(on: routes, services: services, pages: pages)
    }

    /// The desk's library: the one asked for (in the caller's scope), else the first of their scope.
    static func deskLibrary(_ code: String?, _ context: PinakesRequestContext, services: WebServices) async throws
        -> Library
    {
        if let code, !code.isEmpty { return try await CirculationCaller.desk(code, context, services: services) }
        let principal = try CirculationCaller.principal(context)
        let libraries = try await services.libraries.all()
        guard let first = libraries.first(where: { principal.mayManage($0.id) && $0.type != .consortium }) else {
            throw WebError.forbidden("your account works at no library's desk")
        }
        return first
    }

    /// The card's reader and current loans, for the checkout column.
    static func addReader(card: String, to values: inout [String: Any], services: WebServices) async throws {
        let reader = try await services.circulation.readers.reader(card: card)
        let account = try await services.circulation.account(of: reader.id)
        values["card"] = card
        values["reader"] = ["id": reader.id.rawValue, "name": reader.name, "card": reader.cardNumber ?? card]
        values["loans"] = account.loans.map { CirculationFormat.loan($0, services) }
        values["hasLoans"] = !account.loans.isEmpty
    }

    /// The check-in result: the instruction, and the slip to print for a transit or the hold shelf.
    static func checkinValues(
        _ receipt: CheckinReceipt, library: String, _ language: Language, _ services: WebServices
    ) -> [String: Any] {
        var values: [String: Any] = [
            "title": receipt.title, "barcode": receipt.barcode,
            "instruction": language == .zh ? receipt.outcome.chinese : receipt.outcome.english,
            "fine": receipt.fineCents > 0 ? CirculationFormat.money(receipt.fineCents) : "",
        ]
        switch receipt.outcome {
        case .transit(let transit, _, _, _):
            values["slipHref"] = "/staff/circulation/slip/transit/\(transit.rawValue)?library=\(library)"
        case .holdShelf(let hold, _, _, _):
            values["slipHref"] = "/staff/circulation/slip/hold/\(hold.rawValue)?library=\(library)"
        case .reshelve, .forward:
            break
        }
        return values
    }

    static func render(
        _ library: Library, _ extra: [String: Any], _ context: PinakesRequestContext, services: WebServices,
        pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try CirculationCaller.principal(context)
        let zh = context.language == .zh
        let desks = try await services.libraries.all().filter { principal.mayManage($0.id) && $0.type != .consortium }
        var values: [String: Any] = [
            "library": library.code, "libraryName": zh ? (library.nameZh ?? library.name) : library.name,
            "desks": desks.map { desk in
                [
                    "code": desk.code, "name": zh ? (desk.nameZh ?? desk.name) : desk.name,
                    "selected": desk.code == library.code,
                ] as [String: Any]
            },
        ]
        values.merge(extra) { _, new in new }
        if values["focusBarcode"] == nil, values["focusCheckin"] == nil { values["focusCard"] = true }
        return try pages.page(
            "desk", title: Strings.text("circulation", context.language), values: values, context: context,
            status: status)
    }
}
