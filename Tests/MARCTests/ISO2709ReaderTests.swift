import Testing

@testable import MARC

@Suite struct ISO2709ReaderReadsWellFormedFiles {
    @Test func readsLibraryOfCongressRecordsWithCJK880Fields() throws {
        let reader = try ISO2709Reader(path: FixtureFiles.path("loc-booksall-70.mrc"))
        let records = Array(reader)
        #expect(records.count == 70)
        #expect(reader.diagnostics.isEmpty)
        #expect(records[0].controlValue("001") != nil)
        #expect(records.allSatisfy { $0.leader.characterCoding == "a" && $0["245"] != nil })
        let vernacular = records.flatMap { $0.fields("880") }.flatMap(\.subfields).map(\.value)
        #expect(vernacular.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
    }

    @Test func readsFromMemoryLikeFromFile() throws {
        let fromFile = Array(try ISO2709Reader(path: FixtureFiles.path("traject-test_data.utf8.mrc")))
        let fromBytes = Array(ISO2709Reader(bytes: try FixtureFiles.bytes("traject-test_data.utf8.mrc")))
        #expect(fromFile == fromBytes)
        #expect(fromFile.count == 30)
    }

    @Test func streamsAcrossSmallChunks() throws {
        let bytes = try FixtureFiles.bytes("loc-booksall-70.mrc")
        let whole = Array(ISO2709Reader(bytes: bytes))
        let stream = try ByteStream(path: FixtureFiles.path("loc-booksall-70.mrc"), chunkSize: 100)
        #expect(stream.ensure(24))
        let reader = try ISO2709Reader(path: FixtureFiles.path("loc-booksall-70.mrc"))
        #expect(Array(reader) == whole)
    }

    @Test func detectsUNIMARCAndKeepsLeader09() throws {
        let reader = try ISO2709Reader(path: FixtureFiles.path("xbib-periouni-30.mrc"))
        let records = Array(reader)
        #expect(records.count == 30)
        #expect(records[0].leader.characterCoding == " ")
        #expect(records[0]["200"]?["a"] != nil)
    }
}

@Suite struct ISO2709ReaderReportsTruncatedRecords {
    @Test func yieldsWhatIsThereAndReportsTheCut() throws {
        let bytes = try FixtureFiles.bytes("loc-booksall-70.mrc")
        let cut = Array(bytes[..<(bytes.count - 300)])
        let reader = ISO2709Reader(bytes: cut)
        let records = Array(reader)
        #expect(records.count == 70)
        let truncation = try #require(reader.diagnostics.first { $0.message.contains("truncated") })
        #expect(truncation.severity == .error)
        #expect(truncation.recordNumber == 70)
        #expect(truncation.byteOffset == cut.count)
    }

    @Test func reportsAShortTail() {
        let reader = ISO2709Reader(bytes: Array("01234nam".utf8))
        #expect(Array(reader).isEmpty)
        #expect(reader.diagnostics.count == 1)
    }
}

@Suite struct ISO2709ReaderSkipsGarbage {
    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        for round in 0..<200 {
            let bytes = (0..<(round * 37 % 5000)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let reader = ISO2709Reader(bytes: bytes)
            for _ in reader {}
            #expect(reader.recordCount >= 0)
        }
    }

    @Test func mutatedRecordsNeverCrash() throws {
        let original = try FixtureFiles.bytes("traject-test_data.utf8.mrc")
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<100 {
            var bytes = original
            for _ in 0..<20 {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            let reader = ISO2709Reader(bytes: bytes)
            let records = Array(reader)
            #expect(records.count > 20)
        }
    }

    @Test func reportsHowManyBytesWereSkippedBetweenRecords() throws {
        let bytes = try FixtureFiles.bytes("traject-test_data.utf8.mrc")
        let recordEnd = try #require(bytes.firstIndex(of: 0x1D)) + 1
        let junk: [UInt8] = [0x00, 0xFF, 0x13, 0x37, 0x0A]
        let reader = ISO2709Reader(bytes: junk + Array(bytes[..<recordEnd]) + junk + Array(bytes[recordEnd...]))
        #expect(Array(reader).count == 30)
        #expect(reader.diagnostics.count == 2)
        #expect(reader.diagnostics.allSatisfy { $0.message.contains("skipped 5 bytes") })
        #expect(reader.diagnostics[1].recordNumber == 2 && reader.diagnostics[1].byteOffset == recordEnd + 5)
    }
}

@Suite struct ISO2709ReaderRepairsDefects {
    @Test func resynchronisesOnTheRecordTerminatorWhenTheLengthIsWrong() throws {
        var bytes = try FixtureFiles.bytes("traject-test_data.utf8.mrc")
        bytes.replaceSubrange(0..<5, with: Array("00999".utf8))
        let reader = ISO2709Reader(bytes: bytes)
        #expect(Array(reader).count == 30)
        #expect(reader.diagnostics.count == 1)
        #expect(reader.diagnostics[0].message.contains("record length"))
    }

    @Test func replacesBadUTF8AndSaysWhere() throws {
        let reader = try ISO2709Reader(path: FixtureFiles.path("traject-bad_utf_byte.utf8.marc"))
        let records = Array(reader)
        #expect(records.count == 1)
        #expect(records[0].fields.contains { $0.subfields.contains { $0.value.contains("\u{FFFD}") } })
        #expect(reader.diagnostics.contains { $0.message.contains("invalid UTF-8") && $0.tag != nil })
    }

    @Test func readsPymarcsBadRecordsWithDiagnostics() throws {
        let reader = try ISO2709Reader(path: FixtureFiles.path("pymarc-bad_records.mrc"))
        let records = Array(reader)
        #expect(records.count >= 3)
        #expect(!reader.diagnostics.isEmpty)
        #expect(reader.diagnostics.allSatisfy { $0.recordNumber >= 1 && $0.byteOffset >= 0 })
    }

    @Test func keepsSubfieldDelimitersInControlFieldsAndWarns() {
        let record = Record(leader: .blank, fields: [Field(tag: "001", value: "12\u{1F}3")])
        let bytes = (try? ISO2709Writer.bytes([record])) ?? []
        let reader = ISO2709Reader(bytes: bytes)
        #expect(Array(reader).first?.controlValue("001") == "12\u{1F}3")
        #expect(reader.diagnostics.first?.tag == "001")
    }

    @Test func canLeaveTextUnconverted() throws {
        let bytes = try FixtureFiles.bytes("yaz-marc6.marc")
        let reader = ISO2709Reader(bytes: bytes, options: ISO2709ReadingOptions(convertsText: false))
        let records = Array(reader)
        #expect(records.count == 1)
        #expect(records[0].leader.characterCoding == " ")
        var writer = ISO2709Writer(encoding: .latin1Bytes)
        var output: [UInt8] = []
        try writer.append(records[0], to: &output)
        let again = Array(ISO2709Reader(bytes: output, options: ISO2709ReadingOptions(convertsText: false)))
        #expect(again == records)
    }
}

/// A small deterministic generator so fuzz-style tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
