import Catalog
import Consortium
import Foundation
import Hummingbird
import HummingbirdTesting
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import Testing
import Web

/// A harvest that pages through `/oai` while a member's import runs, on SQLite and PostgreSQL, real time.
@Suite struct OAIHarvestDuringImportTests {
    /// Pages through a list; every identifier with its deleted flag, in order, and the first responseDate.
    static func harvest(_ client: some TestClientProtocol, _ query: String) async throws
        -> (entries: [(id: String, deleted: Bool)], responseDate: String)
    {
        var text = try await client.oai(query)
        let responseDate = try #require(OAIText.values("responseDate", in: text).first)
        var entries: [(id: String, deleted: Bool)] = []
        while true {
            if OAIText.errorCode(text) == "noRecordsMatch" { break }
            #expect(OAIText.errorCode(text) == nil)
            for header in text.components(separatedBy: "<header").dropFirst() {
                let id = OAIText.values("identifier", in: header).first ?? ""
                entries.append((id, header.hasPrefix(" status=\"deleted\"")))
            }
            guard let token = OAIText.token(text) else { break }
            text = try await client.oai("verb=ListIdentifiers&resumptionToken=" + OAIText.query(token))
        }
        return (entries, responseDate)
    }

    @Test(arguments: TestDatabase.backends)
    func noRecordIsLostOrRepeatedAndTheNextHarvestGetsWhatChanged(backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        for library in [NewLibrary(code: "SZ", name: "Consortium"), NewLibrary(code: "CEN", name: "Central")] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        let first = (1...450).map { OAIFixture.book("a\($0)", title: "First load \($0)") }
        try await OAIFixture.load(node, "CEN", first)
        try await Task.sleep(for: .milliseconds(1100))
        // The second load: 300 new records, 40 changed ones, and a deletion.
        let second =
            (1...300).map { OAIFixture.book("b\($0)", title: "Second load \($0)") }
            + (1...40).map { OAIFixture.book("a\($0)", title: "First load \($0), revised") }
            + [OAIFixture.book("a450", title: "First load 450", leader: "00000dam a2200000 a 4500")]
        let pages = try await PageRenderer.load()
        let (router, _) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        try await Application(router: router).test(.router) { client in
            let importing = Task { try await OAIFixture.load(node, "CEN", second) }
            let during = try await Self.harvest(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")
            try await importing.value
            let ids = during.entries.map(\.id)
            #expect(Set(ids).count == ids.count, "a record came twice")
            let firstIDs = Set((1...450).map { "oai:oai.szlib.example:CEN/a\($0)" })
            // Records the import changed may move past the window; every other first-load record is there.
            let changed = Set((1...40).map { "oai:oai.szlib.example:CEN/a\($0)" } + ["oai:oai.szlib.example:CEN/a450"])
            #expect(firstIDs.subtracting(changed).isSubset(of: Set(ids)))
            #expect(Set(ids).isSubset(of: firstIDs))
            try await Task.sleep(for: .milliseconds(1100))
            let next = try await Self.harvest(
                client, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + during.responseDate)
            let nextIDs = next.entries.map(\.id)
            #expect(Set(nextIDs).count == nextIDs.count)
            let secondIDs = Set((1...300).map { "oai:oai.szlib.example:CEN/b\($0)" }).union(changed)
            #expect(secondIDs.isSubset(of: Set(nextIDs)))
            #expect(Set(ids).union(nextIDs) == firstIDs.union(secondIDs))
            #expect(next.entries.filter(\.deleted).map(\.id) == ["oai:oai.szlib.example:CEN/a450"])
        }
        await node.database.shutdown()
    }
}
