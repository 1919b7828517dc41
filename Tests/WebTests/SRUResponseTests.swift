import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SRU response as the tests read it: status, media type, text, and the elements they look at.
struct SRUAnswer {
    let status: HTTPResponse.Status
    let contentType: String
    let text: String

    /// The text of every `<prefix:name>` (or `<name>`) element, in document order.
    func values(_ name: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(name)>") {
            guard let close = rest[open.upperBound...].range(of: "</\(name)>") else { break }
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    func value(_ name: String) -> String? { values(name).first }

    /// The diagnostic URIs (SRU 1.x or 2.0 namespace, both written with the `diag:` prefix).
    var diagnostics: [String] { values("diag:uri") }

    /// Whether the response is well-formed XML (XML 1.0 parser).
    var isWellFormed: Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    static func get(_ client: some TestClientProtocol, _ query: String) async throws -> SRUAnswer {
        let response = try await client.execute(uri: "/sru?\(query)", method: .get)
        return SRUAnswer(
            status: response.status, contentType: response.headers[.contentType] ?? "",
            text: String(buffer: response.body))
    }

    static func post(_ client: some TestClientProtocol, _ form: String) async throws -> SRUAnswer {
        let response = try await client.execute(
            uri: "/sru", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: form))
        return SRUAnswer(
            status: response.status, contentType: response.headers[.contentType] ?? "",
            text: String(buffer: response.body))
    }

    /// A query parameter value, percent-encoded.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

@Suite struct SRUExplainDescribesTheCatalogue {
    @Test func explainAnswersAtSRUWithNoParameters() async throws {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.get(client, "")
            #expect(answer.status == .ok && answer.contentType.hasPrefix("application/xml"))
            #expect(answer.isWellFormed)
            #expect(answer.text.contains("<srw:explainResponse xmlns:srw=\"http://www.loc.gov/zing/srw/\">"))
            #expect(answer.value("srw:version") == "1.2")
            #expect(answer.value("srw:recordSchema") == "http://explain.z3950.org/dtd/2.0/")
            #expect(answer.text.contains("<explain xmlns=\"http://explain.z3950.org/dtd/2.0/\">"))
            #expect(answer.text.contains("<setting type=\"maximumRecords\">100</setting>"))
            #expect(answer.text.contains("<default type=\"numberOfRecords\">10</default>"))
            for schema in ["marcxml-v1.1", "dc-v1.1", "opacxml-v1.0"] {
                #expect(answer.text.contains("identifier=\"info:srw/schema/1/\(schema)\""))
            }
            #expect(answer.diagnostics.isEmpty)
        }
    }

    @Test func version20ExplainUsesTheOASISNamespace() async throws {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.get(client, "operation=explain&version=2.0")
            #expect(answer.isWellFormed)
            #expect(answer.text.contains("xmlns:sru=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\""))
            #expect(answer.value("sru:recordXMLEscaping") == "xml" && answer.value("sru:version") == "2.0")
            #expect(answer.text.contains("<database>sru</database>"))
        }
    }

    @Test func everyIndexExplainListsIsSearchable() async throws {
        try await DemoFixture.app().test(.router) { client in
            let explain = try await SRUAnswer.get(client, "operation=explain&version=1.2")
            let pattern = try Regex(#"<name set="(\w+)">(\w+)</name>"#)
            let names = explain.text.matches(of: pattern).map { match in
                "\(match.output[1].substring ?? "").\(match.output[2].substring ?? "")"
            }
            #expect(names.count >= 12)
            for required in ["dc.title", "dc.creator", "bath.isbn", "dc.date", "pinakes.library", "cql.allRecords"] {
                #expect(names.contains(required), "explain lacks \(required)")
            }
            let terms = ["dc.date": "1990", "pinakes.library": "CEN", "dc.language": "eng", "dc.format": "book"]
            for name in names {
                let query = SRUAnswer.encode("\(name)=\(terms[name] ?? "history")")
                let answer = try await SRUAnswer.get(client, "version=1.2&operation=searchRetrieve&query=\(query)")
                #expect(answer.diagnostics.isEmpty, "\(name): \(answer.text.prefix(400))")
                #expect(answer.value("srw:numberOfRecords") != nil)
            }
        }
    }

    @Test func explainWithStringPackingEscapesTheRecord() async throws {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.post(client, "operation=explain&version=1.2&recordPacking=string")
            #expect(answer.isWellFormed)
            #expect(answer.text.contains("&lt;explain xmlns=&quot;http://explain.z3950.org/dtd/2.0/&quot;&gt;"))
            #expect(!answer.text.contains("<explain "))
        }
    }
}
