import Circulation
import Hummingbird

/// `/staff/circulation/{hold-shelf,pull-list,transits}`: a branch's lists; on the pull list, a copy that is
/// not on the shelf is reported missing so its request moves to another copy.
enum DeskListPage {
    struct MissingForm: Decodable {
        var library: String
        var barcode: String
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/circulation/hold-shelf", access: .staff) { request, context in
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            let rows: [[String: Any]] = try await services.circulation.holdShelf(library: library.code).map { entry in
                [
                    "barcode": entry.barcode, "title": entry.title, "reader": entry.readerName, "card": entry.card,
                    "until": CirculationFormat.date(entry.shelfExpiresAt, services), "expired": entry.expired,
                    "slipHref": "/staff/circulation/slip/hold/\(entry.hold.rawValue)?library=\(library.code)",
                ]
            }
            return try render("holdShelf", ["shelf": rows, "isShelf": true], library.code, context, pages)
        }
        routes.add(.get, "/staff/circulation/pull-list", access: .staff) { request, context in
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            return try await pullList(library.code, [:], context, services, pages)
        }
        routes.add(.post, "/staff/circulation/pull-list/missing", access: .staff) { request, context in
            let form = try await request.decode(as: MissingForm.self, context: context)
            let library = try await CirculationCaller.desk(form.library, context, services: services)
            try await CirculationCaller.requireItemScope(form.barcode, context, services: services)
            var extra: [String: Any] = [:]
            do {
                try await services.circulation.reportMissing(
                    barcode: form.barcode, actor: try CirculationCaller.principal(context).auditName)
                extra["notice"] = Strings.text("reportedMissing", context.language)
            } catch let refusal as CirculationRefusal {
                extra["error"] = refusal.message(context.language)
            }
            return try await pullList(library.code, extra, context, services, pages)
        }
        routes.add(.get, "/staff/circulation/transits", access: .staff) { request, context in
            let library = try await DeskPage.deskLibrary(
                request.uri.queryParameters.get("library"), context, services: services)
            let incoming = try await services.circulation.transits(to: library.code).map { transit($0, context) }
            let outgoing = try await services.circulation.transits(from: library.code).map { transit($0, context) }
            return try render(
                "transitsIn", ["incoming": incoming, "outgoing": outgoing, "isTransits": true], library.code, context,
                pages)
        }
    }

    static func pullList(
        _ code: String, _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer
    ) async throws -> Response {
        let rows: [[String: Any]] = try await services.circulation.pullList(library: code).map { entry in
            [
                "barcode": entry.barcode, "title": entry.title, "callNumber": entry.callNumber ?? "",
                "location": entry.location ?? "", "pickup": entry.pickupLibrary,
                "placed": CirculationFormat.date(entry.placedAt, services),
            ]
        }
        var values: [String: Any] = ["pull": rows, "isPull": true]
        values.merge(extra) { _, new in new }
        return try render("pullList", values, code, context, pages)
    }

    static func transit(_ entry: TransitEntry, _ context: PinakesRequestContext) -> [String: Any] {
        [
            "barcode": entry.barcode, "title": entry.title, "from": entry.from, "to": entry.to,
            "reason": Strings.text("reason.\(entry.reason.rawValue)", context.language),
            "slipHref": "/staff/circulation/slip/transit/\(entry.transit.rawValue)?library=\(entry.from)",
        ]
    }

    static func render(
        _ heading: String, _ extra: [String: Any], _ code: String, _ context: PinakesRequestContext,
        _ pages: PageRenderer
    ) throws -> Response {
        var values: [String: Any] = ["heading": Strings.text(heading, context.language), "library": code]
        values.merge(extra) { _, new in new }
        return try pages.page("desk-list", title: values["heading"] as? String ?? "", values: values, context: context)
    }
}
