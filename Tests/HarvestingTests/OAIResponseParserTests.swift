import Foundation
import MARC
import Testing

@testable import Harvesting

/// ListRecords pages, Identify and OAI errors as the parser reads them.
@Suite struct OAIResponseParserTests {
    static let samples = "/work/shared/data/protocol-samples/oai-pmh"
    static let haveSamples = FileManager.default.fileExists(atPath: samples)
    let parser = OAIResponseParser(url: "http://provider.example/oai", token: "t1")

    static func page(_ records: String, token: String = "") -> [UInt8] {
        Array(
            """
            <?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
            <responseDate>2024-02-02T10:00:00Z</responseDate><request>x</request>
            <ListRecords>\(records)<resumptionToken completeListSize="7">\(token)</resumptionToken></ListRecords>
            </OAI-PMH>
            """.utf8)
    }

    static let marcRecord = """
        <record><header><identifier>oai:x:1</identifier><datestamp>2024-01-01</datestamp><setSpec>a</setSpec>
        <setSpec>b</setSpec></header><metadata><marc:record xmlns:marc="http://www.loc.gov/MARC21/slim">
        <marc:leader>00000nam a2200000 a 4500</marc:leader><marc:controlfield tag="001">x1</marc:controlfield>
        <marc:datafield tag="245" ind1="0" ind2="0"><marc:subfield code="a">Der Zauberberg</marc:subfield>
        </marc:datafield></marc:record></metadata></record>
        """

    @Test func marcxmlMetadataBecomesARecordWithItsNamespaceFromTheAncestors() throws {
        let page = try parser.listRecords(Self.page(Self.marcRecord, token: "next"))
        #expect(page.responseDate == "2024-02-02T10:00:00Z")
        #expect(page.resumptionToken == "next" && page.hasMore && page.completeListSize == 7)
        let record = try #require(page.records.first)
        #expect(record.identifier == "oai:x:1" && record.datestamp == "2024-01-01" && record.setSpecs == ["a", "b"])
        #expect(record.record?["245"]?["a"] == "Der Zauberberg")
        #expect(record.record?.controlValue("001") == "x1")
    }

    @Test func deletedHeadersCarryNoRecordAndAnEmptyTokenEndsTheList() throws {
        let deleted = """
            <record><header status="deleted"><identifier>oai:x:9</identifier><datestamp>2024-01-02</datestamp>
            </header></record>
            """
        let page = try parser.listRecords(Self.page(deleted))
        #expect(page.records.count == 1 && page.records[0].deleted && page.records[0].record == nil)
        #expect(!page.hasMore)
    }

    @Test func unknownMetadataIsRejectedWithTheIdentifier() throws {
        let mods = """
            <record><header><identifier>oai:x:2</identifier><datestamp>2024-01-01</datestamp></header>
            <metadata><mods xmlns="http://www.loc.gov/mods/v3"/></metadata></record>
            """
        let page = try parser.listRecords(Self.page(mods))
        #expect(page.records.isEmpty)
        #expect(page.rejected.first?.identifier == "oai:x:2")
        #expect(page.rejected.first?.reason.contains("neither MARCXML nor oai_dc") == true)
    }

    @Test func noRecordsMatchIsAnEmptyCompleteHarvest() throws {
        let bytes = Array(
            """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-02-02T10:00:00Z</responseDate>
            <error code="noRecordsMatch">nothing</error></OAI-PMH>
            """.utf8)
        let page = try parser.listRecords(bytes)
        #expect(page.noRecordsMatch && page.records.isEmpty && !page.hasMore)
    }

    @Test func otherOAIErrorsSayCodeURLAndToken() throws {
        let bytes = Array(
            """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-02-02T10:00:00Z</responseDate>
            <error code="badResumptionToken">expired</error></OAI-PMH>
            """.utf8)
        #expect(
            throws: HarvestError.providerError(
                url: "http://provider.example/oai", token: "t1", code: "badResumptionToken", message: "expired")
        ) { try parser.listRecords(bytes) }
        let text = String(
            describing: HarvestError.providerError(
                url: "u", token: "t1", code: "badResumptionToken", message: "expired"))
        #expect(text == "u (resumptionToken t1): the provider answered error badResumptionToken: expired")
    }

    @Test func brokenXMLAndForeignDocumentsAndDoctypesAreRefused() {
        for (bytes, expected) in [
            (Array("<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><ListRecords>".utf8), "malformed XML"),
            (Array("<html><body>Service down</body></html>".utf8), "the document element is html"),
            (
                Array(
                    "<!DOCTYPE OAI-PMH [<!ENTITY x 'y'>]><OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'/>".utf8),
                "DOCTYPE"
            ),
        ] {
            #expect {
                try parser.listRecords(bytes)
            } throws: { error in
                String(describing: error).contains(expected) && String(describing: error).contains("resumptionToken t1")
            }
        }
    }

    @Test(.enabled(if: haveSamples)) func caltechSampleGivesAHundredDublinCoreRecords() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.samples + "/idzebra-oai-caltech.xml")))
        let page = try parser.listRecords(bytes)
        #expect(page.records.count == 100 && page.rejected.isEmpty)
        #expect(page.resumptionToken == "archive/100/1704605/oai_dc")
        let first = try #require(page.records.first?.record)
        #expect(first["245"]?["a"] == "A Language Processor and a Sample Language")
        #expect(first["100"]?["a"] == "Ayres, Ronald")
    }

    @Test(.enabled(if: haveSamples)) func identifySampleGivesTheGranularity() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.samples + "/libhttp-oai-perl/identify.xml")))
        let identity = try parser.identify(bytes)
        #expect(!identity.granularity.isEmpty)
        #expect(identity.isDayGranularity == (identity.granularity == "YYYY-MM-DD"))
    }

    @Test(.enabled(if: haveSamples)) func traject_oneRecordSampleReadsAsMARC() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.samples + "/oai-pmh-one-record-first.xml")))
        let page = try parser.listRecords(bytes)
        #expect(page.records.count == 1)
        #expect((page.records.first?.record?.fieldCount ?? 0) > 5)
    }
}
