import Circulation
import Foundation
import Hummingbird
import Sharing

/// `/account/ill`: a reader's own interlibrary requests, and each one's page with its history as a timeline,
/// the due date, the delivered copy's link, and cancel or renew while the request allows it.
enum MyInterlibraryPages {
    struct ActionForm: Decodable { var action: String }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/account/ill", access: .signedIn) { _, context in
            let reader = try await CirculationCaller.ownReader(context, services: services)
            let desk = try SharingCaller.desk(services)
            let peers = try await ILLFormat.peerNames(desk, context.language)
            let rows = try await desk.list(.borrowing, reader: reader.id.rawValue).map {
                ILLFormat.row($0, peers: peers, context.language, services)
            }
            return try ILLPages.page(
                "ill-mine", title: Strings.sharing("myRequests", context.language),
                values: ["requests": rows, "hasRequests": !rows.isEmpty], context: context, pages: pages)
        }
        routes.add(.get, "/account/ill/:id", access: .signedIn) { request, context in
            let record = try await ownRequest(context, services)
            let done = request.uri.queryParameters.get("done")
            let notice = done.map { Strings.sharing($0 == "submitted" ? "submitted" : "done", context.language) }
            return try await render(record, ["notice": notice ?? ""], context, services, pages)
        }
        routes.add(.post, "/account/ill/:id", access: .signedIn) { request, context in
            let record = try await ownRequest(context, services)
            let form = try await request.decode(as: ActionForm.self, context: context)
            guard let action = BorrowingAction(rawValue: form.action), action.isReaders else {
                throw WebError.invalidParameter("action", "a reader may cancel or renew a request")
            }
            do {
                _ = try await InterlibraryAPI.act(.init(action: action.rawValue), context, services: services)
                return Response.redirect(to: "/account/ill/\(record.id)?done=\(action.rawValue)", type: .found)
            } catch {
                guard let refusal = ILLPages.refusal(error, context.language) else { throw error }
                let fresh = try await SharingCaller.desk(services).request(record.id)
                return try await render(
                    fresh, ["error": refusal.message], context, services, pages, status: refusal.status)
            }
        }
    }

    /// The request in the path, when it is the signed-in reader's own.
    static func ownRequest(_ context: PinakesRequestContext, _ services: WebServices) async throws
        -> ILLRequestRecord
    {
        _ = try await CirculationCaller.ownReader(context, services: services)
        return try await SharingCaller.visibleRequest(context, services: services)
    }

    static func render(
        _ record: ILLRequestRecord, _ extra: [String: Any], _ context: PinakesRequestContext,
        _ services: WebServices, _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let desk = try SharingCaller.desk(services)
        let detail = try await InterlibraryAPI.detail(record, services: services)
        let state = try record.borrowing()
        var values = ILLFormat.row(record, peers: try await ILLFormat.peerNames(desk, language), language, services)
        values["pickup"] = try await pickupName(record.libraryCode, services, language)
        values["due"] = CirculationFormat.date(state.dueAt, services)
        values["citation"] = ILLCitationView.facts(record, language)
        values["conditions"] =
            state.status == .conditionsPending ? ILLDetailValues.conditions(state.conditions, language) : []
        values["documents"] = ILLDetailValues.documents(detail.documents, services, language)
        values["awaitsDocument"] = record.service == .copy && detail.documents.isEmpty && !state.status.isFinal
        values["timeline"] = ILLDetailValues.history(detail.history, role: .borrowing, language, services)
        values["actions"] = detail.actions.compactMap(BorrowingAction.init(rawValue:)).filter(\.isReaders).map {
            ["name": $0.rawValue, "label": ILLFormat.action($0.rawValue, language)]
        }
        values.merge(ILLDetailValues.presence(values)) { _, new in new }
        values.merge(extra) { _, new in new }
        return try ILLPages.page(
            "ill-mine-request", title: record.title, values: values, context: context, pages: pages, status: status)
    }

    static func pickupName(_ code: String, _ services: WebServices, _ language: Language) async throws -> String {
        let library = try await services.libraries.all().first { $0.code == code }
        return library.map { ILLFormat.name($0, language) } ?? code
    }
}
