import Foundation
import HTTPTypes
import HummingbirdTesting

/// Requests to `/oai` and reading their answers.
extension TestClientProtocol {
    /// `GET /oai?query` with `Host: oai.szlib.example`; the body as text.
    func oai(_ query: String, host: String = "oai.szlib.example") async throws -> String {
        let response = try await execute(
            uri: "/oai?" + query, method: .get, headers: [OAIText.hostField: host], body: nil)
        return String(buffer: response.body)
    }
}

/// Small readers of OAI-PMH response text, enough for assertions.
enum OAIText {
    /// `Host`, which HTTPTypes hides behind `authority`; router tests can only send it as a field.
    static let hostField = HTTPField.Name("Host")!

    /// How often `needle` occurs.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The text of every `<name>` element (without attributes).
    static func values(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "<\(name)>").dropFirst().compactMap {
            $0.components(separatedBy: "</\(name)>").first
        }
    }

    /// The error code, if the response is an error.
    static func errorCode(_ text: String) -> String? {
        guard let range = text.range(of: "<error code=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The resumptionToken's value; nil when there is none or it is empty.
    static func token(_ text: String) -> String? {
        guard let start = text.range(of: "<resumptionToken"), let close = text[start.upperBound...].firstIndex(of: ">"),
            text[text.index(before: close)] != "/"
        else { return nil }
        let rest = text[text.index(after: close)...]
        return rest.range(of: "</resumptionToken>").map { String(rest[..<$0.lowerBound]) }
    }

    /// The token query value, percent-encoded for a URL.
    static func query(_ token: String) -> String {
        token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token
    }
}
