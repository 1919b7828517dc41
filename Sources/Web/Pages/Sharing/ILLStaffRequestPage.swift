import Foundation
import Hummingbird
import PinakesCore
import Sharing

/// `/staff/ill/requests/{id}`: one request as staff of its library see it — the citation, the rota with its
/// reasons and outcomes, the history with the messages in words, documents, copies on the shelf, and a form for
/// each action its machine allows now.
enum ILLStaffRequestPage {
    /// One action button's form: `action` names it; the other fields are what some actions need.
    struct ActionForm: Decodable {
        var action: String
        var note: String?
        var barcode: String?
        var reason: String?
        var conditions: [String]?
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/ill/requests/:id", access: .staff) { request, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            let done = request.uri.queryParameters.get("done")
            let notice = done.map {
                Strings.sharing($0 == "submitted" ? "submittedForReader" : "done", context.language)
            }
            return try await render(record, ["notice": notice ?? ""], context, services, pages)
        }
        routes.add(.post, "/staff/ill/requests/:id/actions", access: .staff) { request, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            let form = try await request.decode(as: ActionForm.self, context: context)
            do {
                try await perform(form, on: record, context, services)
                return Response.redirect(to: "/staff/ill/requests/\(record.id)?done=\(form.action)", type: .found)
            } catch {
                return try await refused(error, record.id, context, services, pages)
            }
        }
    }

    /// Carries out one action through the same calls as the JSON API.
    static func perform(
        _ form: ActionForm, on record: ILLRequestRecord, _ context: PinakesRequestContext, _ services: WebServices
    ) async throws {
        let actor = try CirculationCaller.principal(context).auditName
        if form.action == "approve" {
            _ = try await SharingCaller.desk(services).approve(record.id, actor: actor)
            return
        }
        let body = InterlibraryAPI.ActionBody(
            action: form.action, note: BorrowingForm.given(form.note), barcode: form.barcode,
            conditions: form.conditions, reason: BorrowingForm.given(form.reason))
        _ = try await InterlibraryAPI.act(body, context, services: services)
    }

    /// The request's page again with the refusal above its actions; errors that are no refusal go on.
    static func refused(
        _ error: any Error, _ id: Int64, _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer
    ) async throws -> Response {
        guard let refusal = ILLPages.refusal(error, context.language) else { throw error }
        let fresh = try await SharingCaller.desk(services).request(id)
        return try await render(fresh, ["error": refusal.message], context, services, pages, status: refusal.status)
    }

    static func render(
        _ record: ILLRequestRecord, _ extra: [String: Any], _ context: PinakesRequestContext,
        _ services: WebServices, _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let desk = try SharingCaller.desk(services)
        let detail = try await InterlibraryAPI.detail(record, services: services)
        let peers = try await ILLFormat.peerNames(desk, language)
        var values = ILLFormat.row(record, peers: peers, language, services)
        values.merge(try facts(record, peers: peers, language, services)) { _, new in new }
        if let id = record.readerID, let reader = try? await services.circulation.readers.require(Identifier(id)) {
            values["reader"] = ["id": id, "name": reader.name, "card": reader.cardNumber ?? ""] as [String: Any]
        }
        values["isBorrowing"] = record.role == .borrowing
        values["citation"] = ILLCitationView.facts(record, language)
        values["rota"] = ILLDetailValues.rota(detail.rota, language)
        values["history"] = ILLDetailValues.history(detail.history, role: record.role, language, services)
        values["documents"] = ILLDetailValues.documents(detail.documents, services, language)
        values["shelfCopies"] = ILLDetailValues.shelf(detail.shelfCopies)
        values["actions"] = ILLDetailValues.actions(detail.actions, id: record.id, language)
        values.merge(ILLDetailValues.presence(values)) { _, new in new }
        values.merge(extra) { _, new in new }
        let title = "\(Strings.sharing("request", language)) \(record.id) · \(record.title)"
        return try ILLPages.page(
            "ill-staff-request", title: title, values: values, context: context, pages: pages, status: status)
    }

    /// What the request's state adds: agencies and their request ids, due date, conditions, deadline.
    static func facts(
        _ record: ILLRequestRecord, peers: [String: String], _ language: Language, _ services: WebServices
    ) throws -> [String: Any] {
        let named = { (agency: String) in peers[agency].map { "\($0) (\(agency))" } ?? agency }
        var values: [String: Any] = [
            "requestingAgency": named(record.requestingAgency.description),
            "requestingRequestID": record.requestingRequestID,
            "supplyingAgency": record.supplyingAgency.map { named($0.description) } ?? "",
            "supplyingRequestID": record.supplyingRequestID ?? "", "requestNote": record.note,
            "answerBy": ILLFormat.moment(record.answerBy, services),
        ]
        if record.role == .borrowing {
            let state = try record.borrowing()
            values["due"] = CirculationFormat.date(state.dueAt, services)
            values["conditions"] = ILLDetailValues.conditions(state.conditions, language)
        } else {
            let state = try record.lending()
            values["due"] = CirculationFormat.date(state.dueAt, services)
            values["barcode"] = state.barcode ?? ""
            values["conditions"] = ILLDetailValues.conditions(state.conditions, language)
        }
        return values
    }
}
