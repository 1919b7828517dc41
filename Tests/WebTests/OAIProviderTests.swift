import Foundation
import Hummingbird
import HummingbirdTesting
import PinakesTestSupport
import Testing

/// The six OAI-PMH 2.0 verbs at `/oai` through the router, on member records with known datestamps.
@Suite struct OAIProviderTests {
    @Test func identifyNamesTheConsortiumItsEarliestDatestampAndItsIdentifierScheme() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let text = try await client.oai("verb=Identify")
            #expect(text.contains("<request verb=\"Identify\">http://oai.szlib.example/oai</request>"))
            #expect(OAIText.values("repositoryName", in: text) == ["Suzhou Library Consortium"])
            #expect(OAIText.values("baseURL", in: text) == ["http://oai.szlib.example/oai"])
            #expect(OAIText.values("protocolVersion", in: text) == ["2.0"])
            #expect(OAIText.values("earliestDatestamp", in: text) == ["2026-03-01T08:00:00Z"])
            #expect(OAIText.values("deletedRecord", in: text) == ["persistent"])
            #expect(OAIText.values("granularity", in: text) == ["YYYY-MM-DDThh:mm:ssZ"])
            #expect(OAIText.values("repositoryIdentifier", in: text) == ["oai.szlib.example"])
            #expect(OAIText.values("adminEmail", in: text) == ["catalogue@oai.szlib.example"])
            // A host that is not a domain name falls back to the consortium's code.
            let local = try await client.oai("verb=Identify", host: "127.0.0.1:8080")
            #expect(OAIText.values("repositoryIdentifier", in: local) == ["sz.pinakes"])
            #expect(OAIText.values("baseURL", in: local) == ["http://127.0.0.1:8080/oai"])
        }
    }

    @Test func listMetadataFormatsOffersDublinCoreAndMARCForAnExistingItemOnly() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let all = try await client.oai("verb=ListMetadataFormats")
            #expect(OAIText.values("metadataPrefix", in: all) == ["oai_dc", "marc21"])
            #expect(all.contains("<schema>http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd</schema>"))
            #expect(all.contains("<metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace>"))
            let one = try await client.oai("verb=ListMetadataFormats&identifier=oai:oai.szlib.example:CEN/c2")
            #expect(OAIText.errorCode(one) == nil && OAIText.count("<metadataFormat>", in: one) == 2)
            let none = try await client.oai("verb=ListMetadataFormats&identifier=oai:oai.szlib.example:CEN/nope")
            #expect(OAIText.errorCode(none) == "idDoesNotExist")
            #expect(none.contains("identifier=\"oai:oai.szlib.example:CEN/nope\""))
        }
    }

    @Test func listSetsNamesEveryLibraryAndEveryKindOfMaterialPresent() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let text = try await client.oai("verb=ListSets")
            let specs = OAIText.values("setSpec", in: text)
            #expect(
                specs == [
                    "library", "library:SZ", "library:CEN", "library:GUSU", "library:SUDA", "format", "format:book",
                    "format:serial",
                ])
            #expect(text.contains("<setName>Central (总馆)</setName>"))
        }
    }

    @Test func listRecordsPagesByTokenUntilAnEmptyTokenEndsTheList() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            var text = try await client.oai("verb=ListRecords&metadataPrefix=oai_dc")
            var identifiers: [String] = []
            var pages = 0
            while true {
                pages += 1
                #expect(OAIText.errorCode(text) == nil)
                identifiers += OAIText.values("identifier", in: text).filter { $0.hasPrefix("oai:") }
                guard let token = OAIText.token(text) else { break }
                #expect(text.contains("completeListSize=\"\(OAIFixture.total)\" cursor=\"\((pages - 1) * 100)\""))
                text = try await client.oai("verb=ListRecords&resumptionToken=" + OAIText.query(token))
            }
            #expect(pages == 2)
            #expect(text.contains("<resumptionToken completeListSize=\"\(OAIFixture.total)\" cursor=\"100\"/>"))
            #expect(identifiers.count == OAIFixture.total && Set(identifiers).count == OAIFixture.total)
            // Datestamp order: the deletion, ten minutes after the imports, comes last.
            #expect(identifiers.last == "oai:oai.szlib.example:CEN/c1")
            #expect(OAIText.count("<header status=\"deleted\">", in: text) == 1)
        }
    }

    @Test func aLibrarySetHoldsItsBranchesRecordsAndHeadersNameTheLineage() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            func headers(_ set: String) async throws -> Int {
                var text = try await client.oai("verb=ListIdentifiers&metadataPrefix=marc21&set=" + set)
                var count = OAIText.count("<header", in: text)
                while let token = OAIText.token(text) {
                    text = try await client.oai("verb=ListIdentifiers&resumptionToken=" + OAIText.query(token))
                    count += OAIText.count("<header", in: text)
                }
                return count
            }
            #expect(try await headers("library:CEN") == OAIFixture.centralCount + OAIFixture.gusuCount)
            #expect(try await headers("library:GUSU") == OAIFixture.gusuCount)
            #expect(try await headers("format:serial") == 1)
            #expect(try await headers("library") == OAIFixture.total)
            let gusu = try await client.oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=library:GUSU")
            #expect(gusu.contains("<setSpec>library:CEN</setSpec>\n<setSpec>library:GUSU</setSpec>"))
            #expect(gusu.contains("<setSpec>format:book</setSpec>"))
        }
    }

    @Test func getRecordGivesDublinCoreOrMARCXMLAndADeletedRecordOnlyItsHeader() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let encoded = "oai:oai.szlib.example:GUSU/gs%207/%E8%A5%BF%E6%B8%B8"
            let list = try await client.oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=library:GUSU")
            #expect(OAIText.values("identifier", in: list).contains(encoded))
            let query = "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + OAIText.query(encoded)
            let dc = try await client.oai(query)
            #expect(OAIText.values("dc:title", in: dc) == ["西游记 &amp; &lt;friends&gt;"])
            #expect(OAIText.values("dc:creator", in: dc) == ["Wu, Cheng'en"])
            #expect(dc.contains("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""))
            let marc = try await client.oai(
                "verb=GetRecord&metadataPrefix=marc21&identifier=oai:oai.szlib.example:CEN/c2")
            #expect(marc.contains("<record xmlns=\"http://www.loc.gov/MARC21/slim\""))
            #expect(marc.contains("<controlfield tag=\"001\">c2</controlfield>"))
            #expect(marc.contains("<datestamp>2026-03-01T08:00:00Z</datestamp>"))
            let deleted = try await client.oai(
                "verb=GetRecord&metadataPrefix=marc21&identifier=oai:oai.szlib.example:CEN/c1")
            #expect(deleted.contains("<header status=\"deleted\">"))
            #expect(deleted.contains("<datestamp>2026-03-01T08:10:00Z</datestamp>"))
            #expect(!deleted.contains("<metadata>"))
            // Deleted, the record stays in its format set.
            #expect(deleted.contains("<setSpec>format:book</setSpec>"))
        }
    }

    @Test func fromAndUntilSelectTheDatestampWindowAtEitherGranularity() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let late = try await client.oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-01T08:05:00Z")
            #expect(OAIText.values("identifier", in: late) == ["oai:oai.szlib.example:CEN/c1"])
            let early = try await client.oai(
                "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-01T08:00:00Z&until=2026-03-01T08:00:00Z")
            #expect(early.contains("completeListSize=\"\(OAIFixture.total - 1)\""))
            let day = try await client.oai(
                "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-01&until=2026-03-01")
            #expect(day.contains("completeListSize=\"\(OAIFixture.total)\""))
            let before = try await client.oai("verb=ListRecords&metadataPrefix=oai_dc&until=2026-02-28")
            #expect(OAIText.errorCode(before) == "noRecordsMatch")
        }
    }

    @Test func postWithAFormBodyAnswersAsGetDoes() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(
                uri: "/oai", method: .post,
                headers: [OAIText.hostField: "oai.szlib.example", .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(
                    string: "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Aoai.szlib.example%3ACEN%2Fc3"))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/xml; charset=utf-8")
            #expect(OAIText.values("dc:title", in: String(buffer: response.body)) == ["Central book 3"])
            let wrongType = try await client.execute(
                uri: "/oai", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{}"))
            #expect(wrongType.status == .badRequest)
        }
    }
}
