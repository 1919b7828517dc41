import Testing

@testable import MARC

@Suite struct MARCXMLWriterOutputReadsBackEqual {
    @Test func libraryOfCongressRecordsSurviveWriteThenRead() throws {
        let records = Array(try ISO2709Reader(path: FixtureFiles.path("loc-booksall-70.mrc")))
        let document = MARCXMLWriter.document(records)
        let reader = MARCXMLReader(string: document)
        #expect(Array(reader) == records)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func escapesMarkupAndReplacesCharactersXMLForbids() {
        let record = Record(fields: [
            Field(tag: "001", value: "a<b>&\"c\u{1F}"),
            Field(tag: "245", indicator1: "1", subfields: [Subfield(code: "a", value: "Tom & Jerry <1>\r\n")]),
        ])
        var writer = MARCXMLWriter()
        var output: [UInt8] = []
        writer.append(record, to: &output)
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("a&lt;b&gt;&amp;&quot;c\u{FFFD}"))
        #expect(writer.diagnostics.count == 1 && writer.diagnostics[0].tag == "001")
        let back = Array(MARCXMLReader(string: MARCXMLWriter.document([record])))
        #expect(back.first?["245"]?["a"] == "Tom & Jerry <1>\r\n")
    }
}

@Suite struct MARCXMLReaderAcceptsEveryPackaging {
    static let body = """
        <leader>00000nam a2200000 a 4500</leader><controlfield tag="001">id1</controlfield>\
        <datafield tag="245" ind1="0" ind2="4"><subfield code="a">The title &#x263A; &lt;x&gt;</subfield></datafield>
        """

    @Test func marcXchangeNamespaceFromXbib() throws {
        let reader = try MARCXMLReader(path: FixtureFiles.path("xbib-bibliomondo-15.marc.xml"))
        let records = Array(reader)
        #expect(records.count == 15)
        #expect(records[0].controlValue("001") == "1159850")
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func prefixedRecordsInsideOAIPMH() {
        let xml = """
            <?xml version="1.0"?><!-- harvested --><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
            <ListRecords><record><header><identifier>x</identifier></header><metadata>
            <m:record xmlns:m="http://www.loc.gov/MARC21/slim">\(Self.body.replacingOccurrences(of: "<", with: "<m:").replacingOccurrences(of: "<m:/", with: "</m:"))</m:record>
            </metadata></record></ListRecords></OAI-PMH>
            """
        let reader = MARCXMLReader(string: xml)
        let records = Array(reader)
        #expect(records.count == 1)
        #expect(records.first?["245"]?["a"] == "The title \u{263A} <x>")
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func severalBareTopLevelRecordsWithoutNamespace() {
        let xml = "<record>\(Self.body)</record>\n<record><![CDATA[ ]]>\(Self.body)</record>\n"
        #expect(Array(MARCXMLReader(string: xml)).count == 2)
    }

    @Test func notWellFormedRecordIsReportedWithLineAndColumnAndTheRestRead() throws {
        let reader = try MARCXMLReader(path: FixtureFiles.path("ruby-marc-three-records-second-bad.xml"))
        let records = Array(reader)
        #expect(records.count == 3)
        let problem = try #require(reader.diagnostics.first)
        #expect(problem.recordNumber == 2 && problem.line == 72 && problem.column == 29)
        #expect(problem.severity == .error)
    }

    @Test func brokenMarkupSkipsOnlyThatRecord() {
        let xml =
            "<collection><record>\(Self.body)</record><record><leader>x</lead></record><record>\(Self.body)</record></collection>"
        let reader = MARCXMLReader(string: xml)
        #expect(Array(reader).count == 2)
        #expect(reader.diagnostics.count == 1)
        #expect(reader.diagnostics[0].recordNumber == 2 && reader.diagnostics[0].line == 1)
    }

    @Test func truncatedDocumentGivesADiagnosticNotACrash() {
        let xml = "<collection><record>\(Self.body)</record><record><leader>00000"
        let reader = MARCXMLReader(string: xml)
        #expect(Array(reader).count == 1)
        #expect(reader.diagnostics.count == 1)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 3)
        let alphabet = Array("<>/=\"' &;#x!?[]-recordleadsubfi:\n\u{1F}".utf8)
        for round in 0..<300 {
            let bytes = (0..<(round * 13 % 900)).map { _ in alphabet.randomElement(using: &generator) ?? 0x3C }
            let reader = MARCXMLReader(bytes: Array("<collection><record>".utf8) + bytes)
            for _ in reader {}
            #expect(reader.recordCount >= 0)
        }
    }
}

@Suite struct MARCXMLReaderReportsSeveralRootElements {
    @Test func bareRecordsOneAfterAnotherAreReadAndReportedOnce() {
        let record =
            #"<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>"#
            + #"<controlfield tag="001">N</controlfield></record>"#
        let reader = MARCXMLReader(
            string: [1, 2, 3].map { record.replacingOccurrences(of: "N", with: "\($0)") }
                .joined(separator: "\n"))
        #expect(Array(reader).map { $0.controlValue("001") } == ["1", "2", "3"])
        #expect(reader.diagnostics.count == 1 && reader.diagnostics.first?.severity == .warning)
        #expect(reader.diagnostics.first?.line == 2)
        let single = MARCXMLReader(
            string: "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\(record)</collection>")
        #expect(Array(single).count == 1 && single.diagnostics.isEmpty)
    }
}
