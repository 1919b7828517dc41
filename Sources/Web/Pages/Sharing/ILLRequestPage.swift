import Circulation
import Foundation
import Hummingbird
import Sharing

/// `/ill/request`: a reader asks for a book or a copy the consortium cannot supply, prefilled from a
/// catalogue title (`?cluster=ID`) or an OpenURL; `/staff/ill/new`: staff ask on behalf of a reader by card.
enum ILLRequestPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/ill/request", access: .signedIn) { request, context in
            if try CirculationCaller.principal(context).isStaff {
                return Response.redirect(to: "/staff/ill/new" + (request.uri.query.map { "?" + $0 } ?? ""))
            }
            let reader = try await CirculationCaller.ownReader(context, services: services)
            var form = try await prefilled(request, services: services)
            form.pickup = reader.homeLibraryCode
            return try await render(form, staff: false, ILLFormProblems(), context, services, pages)
        }
        routes.add(.post, "/ill/request", access: .signedIn) { request, context in
            _ = try await CirculationCaller.ownReader(context, services: services)
            let form = try await request.decode(as: ILLRequestForm.self, context: context)
            return try await submit(form, staff: false, context, services, pages)
        }
        routes.add(.get, "/staff/ill/new", access: .staff) { request, context in
            let form = try await prefilled(request, services: services)
            return try await render(form, staff: true, ILLFormProblems(), context, services, pages)
        }
        routes.add(.post, "/staff/ill/new", access: .staff) { request, context in
            let form = try await request.decode(as: ILLRequestForm.self, context: context)
            return try await submit(form, staff: true, context, services, pages)
        }
    }

    /// Sends the request and goes to its page, or shows the form again with the refusal and what was typed.
    static func submit(
        _ form: ILLRequestForm, staff: Bool, _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer
    ) async throws -> Response {
        do {
            let record = try await InterlibraryAPI.submit(form.borrowingForm, context, services: services)
            let page = staff ? "/staff/ill/requests/\(record.id)" : "/account/ill/\(record.id)"
            return Response.redirect(to: page + "?done=submitted", type: .found)
        } catch {
            guard let refusal = ILLPages.refusal(error, context.language) else { throw error }
            let problems = ILLFormProblems(error, context.language)
            return try await render(form, staff: staff, problems, context, services, pages, status: refusal.status)
        }
    }

    /// The form filled from the catalogue title in `?cluster=`, or from an OpenURL in the query itself (a link
    /// resolver's `rft.` keys), and `?service=Copy`.
    static func prefilled(_ request: Request, services: WebServices) async throws -> ILLRequestForm {
        let query = request.uri.queryParameters
        var form = ILLRequestForm()
        form.service = query.get("service")
        form.card = query.get("card")
        if let text = query.get("cluster"), let id = Int64(text) {
            let title = try await services.search.cluster(id: id).title
            form.cluster = text
            form.title = title.title
            form.author = title.authors.first
            form.isbn = title.isbns.first
            form.issn = title.issns.first
            form.publisher = title.publisher
            form.year = title.year.map(String.init)
            form.edition = title.edition
        }
        let kept = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") }
        if kept.contains(where: { $0.hasPrefix("rft.") || $0.hasPrefix("rft_") || $0.hasPrefix("url_ver=") }) {
            form.openURL = kept.joined(separator: "&")
        }
        return form
    }

    static func render(
        _ form: ILLRequestForm, staff: Bool, _ problems: ILLFormProblems, _ context: PinakesRequestContext,
        _ services: WebServices, _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        _ = try SharingCaller.desk(services)
        let language = context.language
        var values = form.values(problems: problems, language)
        values["staffForm"] = staff
        values["action"] = staff ? "/staff/ill/new" : "/ill/request"
        values["pickups"] = try await ILLFormat.pickups(services, selected: form.pickup, language)
        values["readerHomeSelected"] = BorrowingForm.given(form.pickup) == nil
        let title = Strings.sharing(staff ? "staffRequestForm" : "requestForm", language)
        return try ILLPages.page(
            "ill-request", title: title, values: values, context: context, pages: pages, status: status)
    }
}
