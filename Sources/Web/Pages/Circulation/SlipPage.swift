import Circulation
import Hummingbird
import PinakesCore

/// `/staff/circulation/slip/{transit|hold}/{id}`: the printable slip that travels with a copy in transit or
/// sits in it on the hold shelf.
enum SlipPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/circulation/slip/transit/:id", access: .staff) { request, context in
            let id = try context.parameters.identifier("id")
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            let entries = try await services.circulation.transits(from: library.code)
            guard let entry = entries.first(where: { $0.transit.rawValue == id }) else {
                throw WebError.notFound("no open transit \(id) from \(library.code)")
            }
            let values: [String: Any] = [
                "kind": Strings.text("transitSlip", context.language), "isTransit": true,
                "barcode": entry.barcode, "title": entry.title, "from": entry.from, "to": entry.to,
                "reason": Strings.text("reason.\(entry.reason.rawValue)", context.language),
                "date": CirculationFormat.date(entry.openedAt, services),
            ]
            return try pages.page("slip", title: values["kind"] as? String ?? "", values: values, context: context)
        }
        routes.add(.get, "/staff/circulation/slip/hold/:id", access: .staff) { request, context in
            let id = try context.parameters.identifier("id")
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            let entries = try await services.circulation.holdShelf(library: library.code)
            guard let entry = entries.first(where: { $0.hold.rawValue == id }) else {
                throw WebError.notFound("hold \(id) is not on the hold shelf of \(library.code)")
            }
            let values: [String: Any] = [
                "kind": Strings.text("holdSlip", context.language), "isHold": true, "barcode": entry.barcode,
                "title": entry.title, "readerName": entry.readerName, "card": entry.card, "to": library.code,
                "pickupBy": CirculationFormat.date(entry.shelfExpiresAt, services),
            ]
            return try pages.page("slip", title: values["kind"] as? String ?? "", values: values, context: context)
        }
    }
}
