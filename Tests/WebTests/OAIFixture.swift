import Catalog
import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import Web

/// A consortium whose member records have known datestamps, served through the real router for OAI-PMH.
struct OAIFixture {
    /// When the first records were imported: 2026-03-01T08:00:00Z.
    static let imported = Date(timeIntervalSince1970: 1_772_352_000)
    /// When the deletion was imported, ten minutes later.
    static let deletedAt = imported.addingTimeInterval(600)
    static let centralCount = 150
    static let gusuCount = 30
    /// 150 central + 30 Gusu + 1 university serial; one central record is deleted but stays.
    static let total = centralCount + gusuCount + 1
    /// A source id with a space, a slash and Chinese characters, which the identifier must percent-encode.
    static let awkwardID = "gs 7/西游"

    let node: PinakesNode
    let app: Application<RouterResponder<PinakesRequestContext>>

    static func make(_ backend: Database.Backend = TestDatabase.primary) async throws -> OAIFixture {
        let hand = HandClock(imported)
        let node = try await TestDatabase.node(backend, clock: hand.clock)
        for library in [
            NewLibrary(code: "SZ", name: "Suzhou Library Consortium", nameZh: "苏州图书馆联盟"),
            NewLibrary(code: "CEN", name: "Central", nameZh: "总馆", type: .central),
            NewLibrary(code: "GUSU", name: "Gusu Branch", parentCode: "CEN"),
            NewLibrary(code: "SUDA", name: "Soochow University Library", type: .university),
        ] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        try await load(node, "CEN", (1...centralCount).map { book("c\($0)", title: "Central book \($0)") })
        var gusu = (1..<gusuCount).map { book("g\($0)", title: "Gusu book \($0)") }
        gusu.append(book(awkwardID, title: "西游记 & <friends>"))
        try await load(node, "GUSU", gusu)
        try await load(node, "SUDA", [book("s1", title: "Journal of Soochow", leader: "00000cas a2200000 a 4500")])
        hand.set(deletedAt)
        try await load(node, "CEN", [book("c1", title: "Central book 1", leader: "00000dam a2200000 a 4500")])
        hand.set(deletedAt.addingTimeInterval(3600))
        let pages = try await PageRenderer.load()
        let (router, _) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        return OAIFixture(node: node, app: Application(router: router))
    }

    static func book(_ id: String, title: String, leader: String = "00000cam a2200000 a 4500") -> Record {
        Record(
            leader: Leader(leader),
            fields: [
                Field(tag: "001", value: id),
                Field(tag: "100", indicator1: "1", subfields: [Subfield(code: "a", value: "Wu, Cheng'en.")]),
                Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]),
                Field(
                    tag: "260",
                    subfields: [Subfield(code: "b", value: "Zhonghua shu ju,"), Subfield(code: "c", value: "1972.")]),
            ])
    }

    static func load(_ node: PinakesNode, _ code: String, _ records: [Record]) async throws {
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
        _ = try await node.importer.importFile(file, libraryCode: code, actor: "test")
    }
}
