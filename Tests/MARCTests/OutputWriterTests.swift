import Testing

@testable import MARC

@Suite struct MARCJSONRoundTrips {
    @Test func writeThenReadGivesTheSameRecords() throws {
        let records = Array(try ISO2709Reader(path: FixtureFiles.path("loc-booksall-70.mrc")))
        var reader = MARCJSONReader(string: MARCJSONWriter.document(records))
        #expect(try reader.records() == records)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func writesTheCode4libShape() {
        let record = Record(
            leader: Leader("00000nam a2200000 a 4500"),
            fields: [
                Field(tag: "001", value: "x\"1"),
                Field(tag: "245", indicator1: " ", indicator2: "0", subfields: [Subfield(code: "a", value: "T\n")]),
            ])
        var output: [UInt8] = []
        MARCJSONWriter().append(record, to: &output)
        #expect(
            String(decoding: output, as: UTF8.self)
                == #"{"leader":"00000nam a2200000 a 4500","fields":[{"001":"x\"1"},"#
                + #"{"245":{"ind1":" ","ind2":"0","subfields":[{"a":"T\n"}]}}]}"#)
    }

    @Test func readsNewlineDelimitedRecordsAndReportsBrokenJSON() throws {
        let line =
            #"{"leader":"00000nam a2200000 a 4500","fields":[{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"\u00e9"}]}}]}"#
        var reader = MARCJSONReader(string: line + "\n" + line + "\n")
        let records = try reader.records()
        #expect(records.count == 2 && records[1]["245"]?["a"] == "é")
        var broken = MARCJSONReader(string: "[" + line)
        #expect(throws: MARCError.self) { try broken.records() }
    }
}

@Suite struct MARCTextWriterFormatsLikeYazMarcdump {
    @Test func leaderControlAndDataFieldLines() {
        let record = Record(
            leader: Leader("00366nam  22001698a 4500"),
            fields: [
                Field(tag: "001", value: "   11224466 "),
                Field(
                    tag: "245", indicator1: "1", indicator2: "0",
                    subfields: [
                        Subfield(code: "a", value: "How to program a computer"), Subfield(code: "c", value: "X"),
                    ]),
            ])
        #expect(
            MARCTextWriter.text([record])
                == "00366nam  22001698a 4500\n001    11224466 \n245 10 $a How to program a computer $c X\n\n")
    }
}
