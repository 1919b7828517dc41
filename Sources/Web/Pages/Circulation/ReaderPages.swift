import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/staff/readers`: finding a reader, registering one at the desk, and the reader's page with loans, holds,
/// fines and blocks and the desk's buttons for them.
enum ReaderPages {
    struct RegistrationForm: Decodable {
        var name: String
        var category: String?
        var homeLibrary: String
        var email: String?
        var phone: String?
        var card: String?
        var pin: String?
    }
    /// One button of the reader's page: `action` names it, the other fields are what it needs.
    struct ActionForm: Decodable {
        var action: String
        var barcode: String?
        var amount: String?
        var fine: String?
        var kind: String?
        var note: String?
        var block: String?
        var card: String?
        var lost: String?
        var library: String?
        var hold: String?
        var pin: String?
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/readers", access: .staff) { request, context in
            let text = request.uri.queryParameters.get("q") ?? ""
            let found = try await services.circulation.readers.find(text)
            let rows: [[String: Any]] = found.map {
                [
                    "id": $0.id.rawValue, "name": $0.name, "card": $0.cardNumber ?? "", "home": $0.homeLibraryCode,
                    "category": $0.category.rawValue,
                ]
            }
            return try pages.page(
                "readers", title: Strings.text("readers", context.language),
                values: ["q": text, "readers": rows, "searched": !text.isEmpty], context: context)
        }
        routes.add(.get, "/staff/readers/new", access: .staff) { request, context in
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            return try await registrationPage(library.code, [:], context, services, pages)
        }
        routes.add(.post, "/staff/readers", access: .staff) { request, context in
            let form = try await request.decode(as: RegistrationForm.self, context: context)
            let registration = ReaderAPI.Registration(
                name: form.name, category: form.category.flatMap(ReaderCategory.init(rawValue:)),
                homeLibrary: form.homeLibrary, email: form.email, phone: form.phone, card: form.card, pin: form.pin)
            do {
                let reader = try await ReaderAPI.registerAtDesk(registration, context, services: services)
                return Response.redirect(to: "/staff/readers/\(reader.id.rawValue)", type: .found)
            } catch PinakesError.invalidInput(let message) {
                return try await registrationPage(form.homeLibrary, ["error": message], context, services, pages)
            } catch PinakesError.conflict(let message) {
                return try await registrationPage(form.homeLibrary, ["error": message], context, services, pages)
            }
        }
        routes.add(.get, "/staff/readers/:id", access: .staff) { _, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            return try await ReaderPage.render(reader.id, [:], context, services, pages)
        }
        routes.add(.post, "/staff/readers/:id", access: .staff) { request, context in
            let reader = try await CirculationCaller.managedReader(
                try context.parameters.identifier("id"), context, services: services)
            let form = try await request.decode(as: ActionForm.self, context: context)
            var extra: [String: Any] = [:]
            var status = HTTPResponse.Status.ok
            do {
                try await ReaderPage.perform(form, on: reader, context, services)
                extra["notice"] = Strings.text("done", context.language)
            } catch let refusal as CirculationRefusal {
                extra["error"] = refusal.message(context.language)
                status = refusal.httpStatus
            } catch PinakesError.invalidInput(let message) {
                extra["error"] = message
                status = .badRequest
            } catch PinakesError.conflict(let message) {
                extra["error"] = message
                status = .conflict
            }
            return try await ReaderPage.render(reader.id, extra, context, services, pages, status: status)
        }
    }

    static func registrationPage(
        _ library: String, _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer
    ) async throws -> Response {
        var values: [String: Any] = [
            "library": library.uppercased(),
            "categories": ReaderCategory.allCases.map {
                ["value": $0.rawValue, "label": context.language == .zh ? $0.chinese : $0.rawValue]
            },
        ]
        values.merge(extra) { _, new in new }
        return try pages.page(
            "reader-new", title: Strings.text("registerReader", context.language), values: values, context: context,
            status: extra["error"] == nil ? .ok : .badRequest)
    }
}
