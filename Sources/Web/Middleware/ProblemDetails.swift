import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem document, the body of every JSON error.
struct ProblemDetails: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String?

    /// The JSON response for this problem.
    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data(#"{"title":"error"}"#.utf8)
        return Response(
            status: HTTPResponse.Status(code: status),
            headers: [.contentType: "application/problem+json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
