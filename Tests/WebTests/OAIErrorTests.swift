import Foundation
import HummingbirdTesting
import PinakesTestSupport
import Testing

/// Every OAI-PMH 2.0 error condition (§3.6) `/oai` can give, each for the request that deserves it.
@Suite struct OAIErrorTests {
    static let bare = "<request>http://oai.szlib.example/oai</request>"

    @Test(arguments: ["", "verb=Explain", "verb=Identify&verb=Identify", "verb=", "metadataPrefix=oai_dc"])
    func aMissingUnknownOrRepeatedVerbIsBadVerbWithoutEchoedArguments(query: String) async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let text = try await client.oai(query)
            #expect(OAIText.errorCode(text) == "badVerb")
            #expect(text.contains(Self.bare))
        }
    }

    @Test(arguments: [
        "verb=Identify&set=x",
        "verb=ListRecords",
        "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=marc21",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-01",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-30",
        "verb=ListRecords&metadataPrefix=oai_dc&until=yesterday",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-01T08:00:00",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-01&until=2026-03-02T00:00:00Z",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-02&until=2026-03-01",
        "verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc",
        "verb=GetRecord&metadataPrefix=oai_dc",
        "verb=GetRecord&identifier=oai:oai.szlib.example:CEN/c2",
        "verb=ListSets&metadataPrefix=oai_dc",
    ])
    func argumentsThatBreakTheVerbsRulesAreBadArgument(query: String) async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let text = try await client.oai(query)
            #expect(OAIText.errorCode(text) == "badArgument")
            #expect(text.contains(Self.bare))
        }
    }

    @Test func aTamperedTruncatedOrForeignTokenIsBadResumptionToken() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let first = try await client.oai("verb=ListIdentifiers&metadataPrefix=oai_dc")
            let token = try #require(OAIText.token(first))
            var tampered = Array(token)
            tampered[tampered.count / 2] = tampered[tampered.count / 2] == "A" ? "B" : "A"
            for bad in [String(token.dropLast(3)), String(tampered), "not-a-token", "MXxvYWlfZGN8"] {
                let text = try await client.oai("verb=ListIdentifiers&resumptionToken=" + OAIText.query(bad))
                #expect(OAIText.errorCode(text) == "badResumptionToken", "token \(bad)")
                #expect(text.contains("resumptionToken=\""))
            }
            let sets = try await client.oai("verb=ListSets&resumptionToken=" + OAIText.query(token))
            #expect(OAIText.errorCode(sets) == "badResumptionToken")
            // The genuine token still works.
            let next = try await client.oai("verb=ListIdentifiers&resumptionToken=" + OAIText.query(token))
            #expect(OAIText.errorCode(next) == nil)
        }
    }

    @Test func anUnknownPrefixIsCannotDisseminateFormatAndAnUnknownItemIsIdDoesNotExist() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            let list = try await client.oai("verb=ListRecords&metadataPrefix=mods")
            #expect(OAIText.errorCode(list) == "cannotDisseminateFormat")
            #expect(list.contains("<request verb=\"ListRecords\" metadataPrefix=\"mods\">"))
            let get = try await client.oai("verb=GetRecord&metadataPrefix=mods&identifier=oai:oai.szlib.example:CEN/c2")
            #expect(OAIText.errorCode(get) == "cannotDisseminateFormat")
            for identifier in ["oai:oai.szlib.example:CEN/none", "urn:isbn:123", "oai:oai.szlib.example:CEN", "c2"] {
                let text = try await client.oai(
                    "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + OAIText.query(identifier))
                #expect(OAIText.errorCode(text) == "idDoesNotExist", "identifier \(identifier)")
            }
        }
    }

    @Test func anEmptySelectionIsNoRecordsMatch() async throws {
        let fixture = try await OAIFixture.make()
        try await fixture.app.test(.router) { client in
            for query in [
                "verb=ListRecords&metadataPrefix=oai_dc&set=library:NOWHERE",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&set=format:map",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&set=colour:blue",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2030-01-01",
            ] {
                let text = try await client.oai(query)
                #expect(OAIText.errorCode(text) == "noRecordsMatch", "query \(query)")
                #expect(text.contains("<request verb="))
            }
        }
    }
}
