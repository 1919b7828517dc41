import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem document, the body of every JSON error.
///
/// Besides the standard members it carries extension members (RFC 9457 §3.2) where they help a client fix its
/// request: the query parameter at fault, and for CQL the SRU diagnostic with the position of the error.
struct ProblemDetails: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String?
    /// The query parameter or body member that was wrong (`limit`, `cql`, `into`).
    var parameter: String?
    /// The SRU diagnostic of a CQL query that could not be run.
    var diagnostic: SRUDiagnosticMember?
    /// 0-based offset (Unicode scalars) of a query error.
    var offset: Int?
    /// 1-based column of a query error.
    var column: Int?
    /// The circulation refusal's stable code (`unknownItem`, `cardExpired`); `detail` is its message in the
    /// request's language.
    var refusal: String?

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

/// An SRU diagnostic (info:srw/diagnostic/1/…) as a problem's extension member.
struct SRUDiagnosticMember: Codable, Sendable, Hashable {
    var uri: String
    var number: Int
    var message: String
    /// What exactly is wrong, with its position: `column 8: expected a search term`.
    var details: String
}
