import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SRUAnswersBadRequestsWithDiagnostics {
    /// Query string → the one diagnostic expected and a word its details must contain.
    static let cases: [(String, String, String)] = [
        ("version=1.2&operation=searchRetrieve&query=dc.title%3D", "10", "column"),
        ("version=1.2&operation=searchRetrieve&query=%28history", "13", "column"),
        ("version=1.2&operation=searchRetrieve&query=foo.bar%3Dx", "16", "foo.bar"),
        ("version=1.2&operation=searchRetrieve&query=dc.title%20%3C%20x", "19", "dc.title"),
        ("version=1.2&operation=searchRetrieve&query=dc.title%3D/fuzzy%20x", "20", "fuzzy"),
        ("version=1.2&operation=searchRetrieve&query=a%20prox%20b", "37", "prox"),
        ("version=1.2&operation=searchRetrieve&query=history&maximumRecords=500", "6", "maximumRecords"),
        ("version=1.2&operation=searchRetrieve&query=history&maximumRecords=ten", "6", "maximumRecords"),
        ("version=1.2&operation=searchRetrieve&query=history&startRecord=0", "61", "0"),
        ("version=1.2&operation=searchRetrieve&query=history&recordSchema=mods", "66", "mods"),
        ("version=1.2&operation=searchRetrieve&query=history&recordPacking=json", "71", "json"),
        ("version=1.2&operation=searchRetrieve&query=history&recordXPath=/record", "72", "recordXPath"),
        ("version=1.2&operation=searchRetrieve&query=history%20sortBy%20dc.creator", "80", "dc.creator"),
        ("version=1.2&operation=searchRetrieve&query=history&sortKeys=dc.title,,0", "80", "dc.title"),
        ("version=1.2&operation=searchRetrieve&query=history&sortKeys=dc.title%20dc.date", "83", "1"),
        ("version=1.2&operation=searchRetrieve", "7", "query"),
        ("version=1.2&operation=scan&scanClause=dc.title%3Dx", "4", "scan"),
        ("version=1.2&operation=searchRetrieve&query=history&colour=red", "8", "colour"),
        ("version=2.0&query=history&queryType=searchTerms", "6", "queryType"),
        ("version=1.2&operation=searchRetrieve&query=pinakes.library%3DNOWHERE", "10", "pinakes.library"),
    ]

    @Test(arguments: cases) func badRequestGetsItsDiagnostic(query: String, number: String, detail: String) async throws
    {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.get(client, query)
            #expect(answer.status == .ok)
            #expect(answer.isWellFormed)
            #expect(answer.diagnostics == ["info:srw/diagnostic/1/\(number)"], "\(query): \(answer.text)")
            let details = answer.value("diag:details") ?? ""
            #expect(details.contains(detail), "\(query): details \(details)")
            #expect(answer.value("diag:message")?.isEmpty == false)
            if number == "4" {
                // An unsupported operation is answered as explain, whose response always carries the record.
                #expect(answer.text.contains("<srw:explainResponse"))
            } else {
                #expect(answer.values("srw:record").isEmpty && answer.values("sru:record").isEmpty)
            }
        }
    }

    @Test func unsupportedVersionIsAnsweredInAVersionWeSpeak() async throws {
        try await DemoFixture.app().test(.router) { client in
            let later = try await SRUAnswer.get(client, "version=3.0&operation=searchRetrieve&query=history")
            #expect(later.diagnostics == ["info:srw/diagnostic/1/5"] && later.value("diag:details") == "2.0")
            #expect(later.text.contains("http://docs.oasis-open.org/ns/search-ws/diagnostic"))
            let earlier = try await SRUAnswer.get(client, "version=1.0&operation=explain")
            #expect(earlier.diagnostics == ["info:srw/diagnostic/1/5"])
            #expect(earlier.text.contains("<srw:explainResponse") && earlier.isWellFormed)
        }
    }

    @Test func resultSetTTLIsAcceptedAndNoResultSetIsKept() async throws {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.get(client, "version=1.2&query=history&resultSetTTL=300&maximumRecords=1")
            #expect(answer.diagnostics.isEmpty && answer.values("srw:record").count == 1)
            #expect(answer.value("srw:resultSetId") == nil)
            let styled = try await SRUAnswer.get(
                client, "version=1.2&query=history&stylesheet=/sru.xsl&maximumRecords=0")
            #expect(styled.text.contains("<?xml-stylesheet type=\"text/xsl\" href=\"/sru.xsl\"?>"))
        }
    }
}
