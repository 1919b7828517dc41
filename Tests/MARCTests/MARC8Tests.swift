import Foundation
import Testing

@testable import MARC

/// Decodes a byte array with a fresh decoder.
private func marc8(_ bytes: [UInt8]) -> (text: String, problems: [String]) {
    var problems: [String] = []
    let text = MARC8Decoder().decode(bytes, problems: &problems)
    return (text, problems)
}

/// ESC followed by ASCII characters, for building escape sequences.
private func escape(_ sequence: String) -> [UInt8] { [0x1B] + Array(sequence.utf8) }

/// The directory of this test file's package.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A committed fixture under Fixtures/marc8.
private func fixture(_ name: String) throws -> [UInt8] {
    let url = packageRoot.appendingPathComponent("Tests/MARCTests/Fixtures/marc8/\(name)")
    return try [UInt8](Data(contentsOf: url))
}

/// A file from the shared data set (LGPL/GPL sources stay there, not in this repository).
private func sharedData(_ path: String) -> URL {
    packageRoot.appendingPathComponent("../shared/data/\(path)").standardizedFileURL
}

private func sharedDataExists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: sharedData(path).path)
}

/// Tag and raw body of each field of each record, from ISO 2709 bytes (just enough for tests).
private func rawFields(_ data: [UInt8]) -> [[(tag: String, body: [UInt8])]] {
    var records: [[(tag: String, body: [UInt8])]] = []
    var start = 0
    func number(_ slice: ArraySlice<UInt8>) -> Int { Int(String(decoding: slice, as: UTF8.self)) ?? 0 }
    while start + 24 <= data.count {
        let length = number(data[start..<start + 5])
        guard length >= 24, start + length <= data.count else { break }
        let base = start + number(data[start + 12..<start + 17])
        var fields: [(tag: String, body: [UInt8])] = []
        var entry = start + 24
        while entry + 12 <= base, data[entry] != 0x1E {
            let tag = String(decoding: data[entry..<entry + 3], as: UTF8.self)
            let fieldLength = number(data[entry + 3..<entry + 7])
            let offset = base + number(data[entry + 7..<entry + 12])
            var body = Array(data[offset..<min(offset + fieldLength, data.count)])
            if body.last == 0x1E { body.removeLast() }
            fields.append((tag, body))
            entry += 12
        }
        records.append(fields)
        start += length
    }
    return records
}

/// "TAG\tbody" with U+001F shown as ‡, the layout of the *.expected.txt fixtures.
private func decodedLines(_ data: [UInt8]) -> [String] {
    rawFields(data).flatMap { fields in
        fields.map { "\($0.tag)\t" + marc8($0.body).text.replacingOccurrences(of: "\u{1F}", with: "‡") }
    }
}

@Suite struct LatinDiacriticsFollowTheirBaseCharacter {
    @Test func acuteBeforeLetterBecomesPrecomposedLetter() {
        #expect(marc8([0xE2, 0x65]).text == "é")
        #expect(marc8(Array("Soci".utf8) + [0xE2] + Array("et".utf8) + [0xE2, 0x65]).text == "Société")
    }

    @Test func severalDiacriticsAreNormalisedTogether() {
        // MARC-8 circumflex + dot below + a → U+1EAD (NFC reorders by combining class).
        #expect(marc8([0xE3, 0xF2, 0x61]).text == "\u{1EAD}")
        // Marks of the same combining class keep their MARC-8 order: acute, then diaeresis.
        let scalars = marc8([0xE2, 0xE8, 0x75]).text.unicodeScalars.map(\.value)
        #expect(scalars == [0xFA, 0x308])
    }

    @Test func spacingANSELCharactersMapDirectly() {
        #expect(marc8([0xA5, 0xB5, 0xA1, 0xC3]).text == "ÆæŁ©")
    }

    @Test func subfieldDelimitersStayAsUnitSeparator() {
        let result = marc8([0x31, 0x30, 0x1F, 0x61, 0xE2, 0x65, 0x1F, 0x62, 0x78])
        #expect(result.text == "10\u{1F}aé\u{1F}bx")
        #expect(result.problems.isEmpty)
    }

    @Test func secondHalfOfDoubleDiacriticIsDropped() {
        // ANSEL EB/EC: ligature halves; Unicode has one double mark after the first letter.
        #expect(marc8([0xEB, 0x74, 0xEC, 0x73]).text == "t\u{361}s")
    }

    @Test func voyagerDiacriticTestRecordMatchesYaz() throws {
        let expected = try String(decoding: fixture("yaz-marc7.expected.txt"), as: UTF8.self)
        #expect(decodedLines(try fixture("yaz-marc7.marc")) == expected.split(separator: "\n").map(String.init))
    }

    @Test func libraryOfCongressSampleMatchesYaz() throws {
        let expected = try String(decoding: fixture("yaz-marc6.expected.txt"), as: UTF8.self)
        #expect(decodedLines(try fixture("yaz-marc6.marc")) == expected.split(separator: "\n").map(String.init))
    }
}

@Suite struct EscapeSequencesSwitchScripts {
    @Test func basicCyrillicInG0() {
        #expect(marc8(escape("(N") + Array("mOSKWA".utf8) + escape("(B") + Array(" :".utf8)).text == "Москва :")
    }

    @Test func cyrillicDesignatedIntoG1UsesHighBytes() {
        #expect(marc8(escape(")N") + [0xED, 0xCF]).text == "Мо")
    }

    @Test func basicGreek() {
        #expect(marc8(escape("(S") + Array("Akjpa".utf8)).text == "Αθηνα")
    }

    @Test func basicHebrew() {
        #expect(marc8(escape("(2") + Array("lzexd".utf8) + escape("(B")).text == "לתורה")
    }

    @Test func arabicRecordMatchesYaz() throws {
        let expected = try String(decoding: fixture("yaz-marc9.expected.txt"), as: UTF8.self)
        #expect(decodedLines(try fixture("yaz-marc9.marc")) == expected.split(separator: "\n").map(String.init))
    }

    @Test func techniqueOneSubscriptsSuperscriptsAndGreekSymbols() {
        #expect(marc8(Array("H".utf8) + escape("b") + Array("2".utf8) + escape("s") + Array("O".utf8)).text == "H₂O")
        #expect(marc8(Array("x".utf8) + escape("p") + Array("2".utf8) + escape("s")).text == "x²")
        #expect(marc8(escape("g") + Array("abc".utf8) + escape("s") + Array("d".utf8)).text == "αβγd")
    }

    @Test func anselDesignatedWithExclamationIntermediate() {
        #expect(marc8(escape(")!E") + [0xE2, 0x65]).text == "é")
    }

    @Test func scriptsRestartAtEachSubfield() {
        // An escape left open before a delimiter: the subfield code and next subfield are ASCII.
        let body =
            Array("  ".utf8) + [0x1F, 0x61] + escape("(N") + Array("mOSKWA".utf8) + [0x1F, 0x62]
            + Array("SMO".utf8)
        #expect(marc8(body).text == "  \u{1F}aМосква\u{1F}bSMO")
    }

    @Test func hebrewRecordFromEvergreen() throws {
        try #require(sharedDataExists("evergreen/iso2709/hebrew.marc"))
        let data = try [UInt8](Data(contentsOf: sharedData("evergreen/iso2709/hebrew.marc")))
        let field = try #require(rawFields(data).first?.first { $0.tag == "880" })
        #expect(marc8(field.body).text == "10\u{1F}6245-01/(2/r\u{1F}aלתורה בלמועדים :\u{1F}bרסיסי הגיונות")
    }
}

@Suite struct EastAsianCharactersDecodeFromEACC {
    @Test func chineseVernacularFieldsMatchYaz() throws {
        let fields = try #require(rawFields(fixture("yaz-marc12.marc")).first).filter { $0.tag == "880" }
        let texts = fields.map { marc8($0.body).text.replacingOccurrences(of: "\u{1F}", with: "$") }
        #expect(texts[0] == "1 $6100-01/$1$a刘旭恭,$eauthor,$eillustrator.")
        #expect(texts[1] == "10$6245-02/$1$a车票去哪儿了 /$c刘旭恭著绘.")
        #expect(texts[2] == "  $6250-03/$1$a第1版.")
        #expect(texts[3] == " 1$6264-04/$1$a[武汉] :$b长江少年儿童出版社,$c2020.")
    }

    @Test func ideographicSpaceHasASpaceAsThirdByte() {
        #expect(marc8(escape("$1") + [0x21, 0x23, 0x20]).text == "\u{3000}")
    }

    @Test func supplementaryPlaneIdeograph() {
        #expect(marc8(escape("$1") + [0x21, 0x75, 0x59]).text == "\u{212C4}")
    }

    @Test func wholeLibraryOfCongressTableIsLoaded() {
        #expect(MARC8CodeTable.shared.eastAsianCount == 15_739)
    }
}

@Suite struct BrokenInputBecomesReplacementCharacters {
    @Test func incompleteEscapeAtFieldEnd() {
        let result = marc8(Array("ab".utf8) + escape("("))
        #expect(result.text == "ab\u{FFFD}")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.contains("offset 2") == true)
    }

    @Test func escapeInterruptedByDelimiterKeepsTheDelimiter() {
        let result = marc8(escape("$") + [0x1F, 0x61, 0x78])
        #expect(result.text == "\u{FFFD}\u{1F}ax")
        #expect(result.problems.count == 1)
    }

    @Test func unknownEscapeDecodesTheRest() {
        // pymarc's bad_marc8_escape.dat has "linn ESC enne"; yaz loses the whole subfield.
        let result = marc8(Array("linn".utf8) + escape("enne"))
        #expect(result.text == "linn\u{FFFD}enne")
        #expect(result.problems.first?.contains("offset 4") == true)
    }

    @Test func unknownCharacterSetFinal() {
        let result = marc8(escape("(Z") + Array("ab".utf8))
        #expect(result.text == "\u{FFFD}ab")
        #expect(result.problems.count == 1)
    }

    @Test func unmappedBytes() {
        let result = marc8([0x61, 0x80, 0x62, 0x0A, 0x63, 0xFF])
        #expect(result.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(result.problems.count == 3)
        #expect(result.problems[0].contains("offset 1"))
        #expect(result.problems[1].contains("offset 3"))
    }

    @Test func diacriticWithoutBaseIsKeptAndReported() {
        let result = marc8([0x61, 0x62, 0xE2])
        #expect(result.text == "ab\u{301}")
        #expect(result.problems.count == 1)
    }

    @Test func truncatedEACCCharacter() {
        let result = marc8(escape("$1") + [0x21, 0x30])
        #expect(result.text == "\u{FFFD}")
        #expect(result.problems.count == 1)
    }

    @Test func eaccCodeMissingFromTheTable() throws {
        let fields = try #require(rawFields(fixture("pymarc-bad_eacc_encoding.marc")).first)
        let field = try #require(fields.first { $0.tag == "880" })
        let result = marc8(field.body)
        #expect(result.text.hasPrefix("00\u{1F}6245-01/$1\u{1F}a米国の統治の仕組\u{FFFD}"))
        #expect(result.text.hasSuffix("\u{1F}h[electronic resource]."))
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.contains("offset 42") == true)
    }

    @Test func randomBytesNeverCrash() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 58)
            var bytes: [UInt8] = []
            for index in 0..<length {
                let pick = UInt8(truncatingIfNeeded: (seed >> UInt64(index % 56)) ^ UInt64(index &* 31))
                bytes.append(index % 7 == 0 ? 0x1B : pick)
            }
            _ = marc8(bytes)
        }
    }
}

@Suite struct RecordConversionSetsUnicodeLeader {
    @Test func rawMARC8RecordIsDecodedAndMarkedUnicode() {
        // Latin-1 reading keeps each MARC-8 byte as one scalar: 0xE2 is U+00E2 here.
        var leader = Leader("00000nam  2200000 a 4500")
        leader.characterCoding = " "
        let record = Record(
            leader: leader,
            fields: [
                Field(tag: "001", value: "123"),
                Field(
                    tag: "245", indicator1: "1", indicator2: "0",
                    subfields: [
                        Subfield(code: "a", value: "Soci\u{E2}et\u{E2}e :"),
                        Subfield(code: "b", value: "\u{1B}(NmOSKWA"),
                    ]),
            ])
        let (converted, problems) = record.convertedToUnicode()
        #expect(problems.isEmpty)
        #expect(converted.leader.characterCoding == "a")
        #expect(converted["245"]?["a"] == "Société :")
        #expect(converted["245"]?["b"] == "Москва")
        #expect(converted["245"]?.indicator1 == "1")
        #expect(converted.controlValue("001") == "123")
    }

    @Test func unicodeRecordIsLeftAlone() {
        let record = Record(fields: [Field(tag: "245", subfields: [Subfield(code: "a", value: "\u{E2}")])])
        #expect(record.convertedToUnicode().record == record)
    }

    @Test func fieldAlreadyInUnicodeIsKeptAndReported() {
        var leader = Leader.blank
        leader.characterCoding = " "
        let record = Record(leader: leader, fields: [Field(tag: "245", subfields: [Subfield(code: "a", value: "书")])])
        let (converted, problems) = record.convertedToUnicode()
        #expect(converted["245"]?["a"] == "书")
        #expect(problems.count == 1)
    }
}
