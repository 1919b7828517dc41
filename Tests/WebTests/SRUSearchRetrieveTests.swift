import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SRUSearchRetrieveReturnsTheUnionCatalogue {
    @Test func version12FindsWhatTheSearchAPIFindsAsMARCXML() async throws {
        try await DemoFixture.app().test(.router) { client in
            let cql = SRUAnswer.encode("dc.title=history")
            let api = try JSONBody.object(
                try await client.execute(uri: "/api/v1/search?cql=\(cql)&limit=3&facets=false", method: .get))
            let total = try #require(api["total"] as? Int)
            let answer = try await SRUAnswer.get(
                client, "version=1.2&operation=searchRetrieve&query=\(cql)&maximumRecords=3")
            #expect(answer.status == .ok && answer.contentType == "application/xml; charset=utf-8")
            #expect(answer.isWellFormed)
            #expect(total > 3 && answer.value("srw:numberOfRecords") == String(total))
            #expect(answer.values("srw:recordSchema") == Array(repeating: "info:srw/schema/1/marcxml-v1.1", count: 3))
            #expect(answer.values("srw:recordPacking") == ["xml", "xml", "xml"])
            #expect(answer.values("srw:recordPosition") == ["1", "2", "3"])
            #expect(answer.value("srw:nextRecordPosition") == "4")
            #expect(answer.text.components(separatedBy: "<record xmlns=\"http://www.loc.gov/MARC21/slim\">").count == 4)
            #expect(answer.values("leader").count == 3)
        }
    }

    @Test func pagesFollowOnAndTheLastHasNoNextPosition() async throws {
        try await DemoFixture.app().test(.router) { client in
            let cql = SRUAnswer.encode("dc.title=history sortBy dc.title")
            let first = try await SRUAnswer.get(client, "version=1.2&query=\(cql)&maximumRecords=0")
            let total = try #require(Int(first.value("srw:numberOfRecords") ?? ""))
            #expect(first.values("srw:record").isEmpty && first.value("srw:nextRecordPosition") == nil)
            let last = try await SRUAnswer.get(client, "version=1.2&query=\(cql)&startRecord=\(total - 1)")
            #expect(last.values("srw:recordPosition") == [String(total - 1), String(total)])
            #expect(last.value("srw:nextRecordPosition") == nil)
            let beyond = try await SRUAnswer.get(client, "version=1.2&query=\(cql)&startRecord=\(total + 1)")
            #expect(beyond.diagnostics == ["info:srw/diagnostic/1/61"])
            #expect(beyond.value("srw:numberOfRecords") == String(total) && beyond.values("srw:record").isEmpty)
        }
    }

    @Test func stringPackingSendsTheRecordAsEscapedText() async throws {
        try await DemoFixture.app().test(.router) { client in
            let answer = try await SRUAnswer.get(
                client, "version=1.1&operation=searchRetrieve&query=history&maximumRecords=2&recordPacking=string")
            #expect(answer.isWellFormed)
            #expect(answer.values("srw:recordPacking") == ["string", "string"])
            #expect(answer.text.contains("&lt;record xmlns=&quot;http://www.loc.gov/MARC21/slim&quot;&gt;"))
            #expect(!answer.text.contains("<record xmlns="))
            #expect(answer.value("srw:version") == "1.1")
        }
    }

    @Test func version20AnswersInTheOASISNamespace() async throws {
        try await DemoFixture.app().test(.router) { client in
            let plain = try await SRUAnswer.get(client, "version=2.0&query=history&maximumRecords=2")
            #expect(plain.isWellFormed)
            #expect(
                plain.text.contains(
                    "<sru:searchRetrieveResponse xmlns:sru=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"))
            #expect(plain.values("sru:recordXMLEscaping") == ["xml", "xml"])
            #expect(plain.value("sru:resultCountPrecision") == "info:srw/vocabulary/resultCountPrecision/1/exact")
            #expect(!plain.text.contains("srw:"))
            let escaped = try await SRUAnswer.post(
                client, "version=2.0&query=history&maximumRecords=1&recordXMLEscaping=string&recordPacking=packed")
            #expect(escaped.values("sru:recordXMLEscaping") == ["string"])
            #expect(escaped.text.contains("&lt;record xmlns="))
            let unpacked = try await SRUAnswer.get(client, "version=2.0&query=history&recordPacking=unpacked")
            #expect(unpacked.diagnostics == ["info:srw/diagnostic/1/71"])
            #expect(unpacked.text.contains("xmlns:diag=\"http://docs.oasis-open.org/ns/search-ws/diagnostic\""))
            let json = try await SRUAnswer.get(client, "version=2.0&query=history&httpAccept=application/json")
            #expect(json.diagnostics == ["info:srw/diagnostic/1/6"])
            let sruXML = try await SRUAnswer.get(client, "version=2.0&query=history&httpAccept=application/sru%2Bxml")
            #expect(sruXML.contentType.hasPrefix("application/sru+xml") && sruXML.diagnostics.isEmpty)
        }
    }

    @Test func dublinCoreAndOPACRecordsCarryTitleAndCopies() async throws {
        try await DemoFixture.app().test(.router) { client in
            let dc = try await SRUAnswer.get(client, "version=1.2&query=history&maximumRecords=2&recordSchema=dc")
            #expect(dc.isWellFormed)
            #expect(dc.values("srw:recordSchema") == ["info:srw/schema/1/dc-v1.1", "info:srw/schema/1/dc-v1.1"])
            #expect(dc.text.contains("<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\""))
            #expect(dc.values("dc:title").count >= 2)
            let opac = try await SRUAnswer.get(
                client, "version=1.2&query=history&maximumRecords=2&recordSchema=info:srw/schema/1/opacxml-v1.0")
            #expect(opac.isWellFormed)
            #expect(
                opac.text.contains("<opacRecord><bibliographicRecord><record xmlns=\"http://www.loc.gov/MARC21/slim\">")
            )
            #expect(opac.values("itemId").count >= 2)
            #expect(
                opac.text.contains("<availableNow value=\"1\"/>") || opac.text.contains("<availableNow value=\"0\"/>"))
            #expect(opac.values("localLocation").allSatisfy { !$0.isEmpty })
        }
    }

    @Test func sortByAndSortKeysOrderAsTheSearchAPIDoes() async throws {
        try await DemoFixture.app().test(.router) { client in
            let cql = "dc.title=history sortBy dc.date/sort.descending"
            let api = try JSONBody.object(
                try await client.execute(
                    uri: "/api/v1/search?cql=\(SRUAnswer.encode(cql))&limit=5&facets=false", method: .get))
            let years = JSONBody.results(api).map { ($0["year"] as? Int) ?? 0 }
            #expect(years == years.sorted(by: >) && years.first != years.last)
            let apiTitles = JSONBody.results(api).compactMap { $0["title"] as? String }
            let sortBy = try await SRUAnswer.get(
                client, "version=1.2&query=\(SRUAnswer.encode(cql))&maximumRecords=5&recordSchema=dc")
            let titles = sortBy.text.components(separatedBy: "<srw_dc:dc ").dropFirst().map {
                SRUAnswer(status: .ok, contentType: "", text: $0).value("dc:title") ?? ""
            }
            #expect(titles == apiTitles)
            let keys = try await SRUAnswer.get(
                client, "version=1.1&query=dc.title%3Dhistory&maximumRecords=5&recordSchema=dc&sortKeys=dc.date,,0")
            #expect(keys.text == sortBy.text.replacingOccurrences(of: "<srw:version>1.2", with: "<srw:version>1.1"))
            let ascending = try await SRUAnswer.get(
                client, "version=1.1&query=dc.title%3Dhistory&maximumRecords=5&recordSchema=dc&sortKeys=dc.date,,1")
            #expect(ascending.text != keys.text && ascending.diagnostics.isEmpty)
        }
    }
}
