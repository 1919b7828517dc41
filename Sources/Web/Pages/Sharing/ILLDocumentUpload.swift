import Accounts
import Foundation
import Hummingbird
import Sharing

/// `POST /staff/ill/requests/{id}/document`: the supplier's "deliver copy" form, a `multipart/form-data` upload
/// of the file with the number of pages. The route table reads CSRF tokens only from urlencoded bodies, so this
/// route checks the token of the form's `csrf_token` part itself.
enum ILLDocumentUpload {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.post, "/staff/ill/requests/:id/document", access: .staff, checksCSRF: false) { request, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            let desk = try SharingCaller.desk(services)
            let form = try await read(request, limit: try await desk.directory.settings().documentMaxBytes)
            try check(form, context)
            guard let file = form.file("file") else {
                throw WebError.invalidParameter("file", "choose the file to deliver")
            }
            do {
                _ = try await desk.deliverCopy(
                    record.id, file: file.body, filename: file.filename ?? "copy.pdf",
                    pages: form.field("pages").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
                    actor: try CirculationCaller.principal(context).auditName)
                return Response.redirect(to: "/staff/ill/requests/\(record.id)?done=deliver-copy", type: .found)
            } catch {
                return try await ILLStaffRequestPage.refused(error, record.id, context, services, pages)
            }
        }
    }

    /// The form in the body, read up to the largest document allowed plus room for the other fields.
    static func read(_ request: Request, limit: Int) async throws -> MultipartForm {
        var request = request
        let body = try await request.collectBody(upTo: limit + 64 * 1024)
        let bytes = body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? []
        do {
            return try MultipartForm(body: bytes, contentType: request.headers[.contentType] ?? "")
        } catch .notMultipart {
            throw WebError.badRequest("the document form must be sent as multipart/form-data")
        } catch .malformed(let why) {
            throw WebError.badRequest("the document form could not be read: \(why)")
        }
    }

    /// A browser session's form must carry the session's CSRF token; scripts with a bearer token need none.
    static func check(_ form: MultipartForm, _ context: PinakesRequestContext) throws {
        guard !context.viaAPIToken else { return }
        guard let expected = context.csrfToken, !expected.isEmpty, let given = form.field("csrf_token"),
            Secret.constantTimeEquals(given, expected)
        else { throw WebError.csrf }
    }
}
