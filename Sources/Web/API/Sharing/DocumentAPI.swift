import Foundation
import HTTPTypes
import Hummingbird
import Sharing

/// `GET /api/v1/documents/TOKEN`: a delivered copy, while its link lasts (every opening is logged).
enum DocumentAPI {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/documents/:token", access: .anyone) { _, context in
            let token = context.parameters.get("token") ?? ""
            let who = context.principal?.auditName ?? "anonymous"
            switch try await SharingCaller.desk(services).openDocument(token: token, who: who) {
            case .file(let bytes, let type, let filename):
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: type, .contentDisposition: "inline; filename=\"\(filename)\"",
                        .cacheControl: "private, no-store",
                    ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            case .expired:
                throw HTTPError(.gone, message: "this document link has expired")
            case .usedUp:
                throw HTTPError(.gone, message: "this document link has been opened as many times as allowed")
            case .unknown:
                throw WebError.notFound("no document behind this link")
            }
        }
    }
}
