import Testing

@testable import MARC

@Suite struct ISO2709WriterRoundTripsByteForByte {
    @Test(arguments: ["loc-booksall-70.mrc", "traject-test_data.utf8.mrc"])
    func readThenWriteEqualsInput(name: String) throws {
        let bytes = try FixtureFiles.bytes(name)
        let reader = ISO2709Reader(bytes: bytes)
        let output = try ISO2709Writer.bytes(reader)
        #expect(reader.diagnostics.isEmpty)
        #expect(output == bytes)
    }

    @Test func computesLengthsForNewRecords() throws {
        let record = Record(
            fields: [
                Field(tag: "001", value: "x1"),
                Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: "Titel ü")]),
            ])
        let bytes = try ISO2709Writer.bytes([record])
        #expect(String(decoding: bytes[0..<5], as: UTF8.self) == String(format5: bytes.count))
        #expect(Array(ISO2709Reader(bytes: bytes)).map(\.fields) == [record.fields])
    }

    @Test func refusesRecordsTooLongForISO2709() {
        let huge = Record(fields: [
            Field(tag: "500", subfields: [Subfield(code: "a", value: String(repeating: "x", count: 10_000))])
        ])
        #expect(throws: MARCError.self) { try ISO2709Writer.bytes([huge]) }
    }
}

extension String {
    init(format5 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: 5 - digits.count) + digits
    }
}
