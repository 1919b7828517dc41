import Testing

@testable import MARC

/// Records read from ISO 2709 keep a byte buffer and an index; they must behave like records built from values.
@Suite struct ParsedRecordsBehaveLikeFieldValues {
    static let fixtures = [
        "loc-booksall-70.mrc", "traject-test_data.utf8.mrc", "traject-bad_utf_byte.utf8.marc",
        "pymarc-bad_records.mrc", "xbib-periouni-30.mrc", "yaz-marc6.marc", "marc8/yaz-marc12.marc",
        "marc8/pymarc-bad_eacc_encoding.marc", "dialect/pymarc-testunimarc.marc", "dialect/loc-880-cjk.mrc",
    ]

    static func parsedAndValues(_ name: String) throws -> [(Record, Record)] {
        Array(ISO2709Reader(bytes: try FixtureFiles.bytes(name))).map {
            ($0, Record(leader: $0.leader, fields: $0.fields))
        }
    }

    @Test(arguments: fixtures)
    func equalAndHashAlike(name: String) throws {
        for (parsed, values) in try Self.parsedAndValues(name) {
            guard case .parsed = parsed.storage else {
                Issue.record("a record read from ISO 2709 should keep its parsed storage")
                continue
            }
            #expect(parsed == values)
            #expect(parsed.hashValue == values.hashValue)
            #expect(parsed.fieldCount == values.fieldCount)
            #expect(parsed.subfieldCount == values.subfieldCount)
        }
    }

    @Test(arguments: fixtures)
    func accessorsAgree(name: String) throws {
        for (parsed, values) in try Self.parsedAndValues(name) {
            for tag in ["001", "008", "245", "650", "100", "200", "999", "24", "2450", "ü00"] {
                #expect(parsed.fields(tag) == values.fields(tag))
                #expect(parsed[tag] == values[tag])
                #expect(parsed.controlValue(tag) == values.controlValue(tag))
            }
        }
    }

    @Test(arguments: fixtures)
    func marcxmlFromBytesEqualsMarcxmlFromValues(name: String) throws {
        var fast = MARCXMLWriter()
        var slow = MARCXMLWriter()
        var fastBytes: [UInt8] = []
        var slowBytes: [UInt8] = []
        for (parsed, values) in try Self.parsedAndValues(name) {
            fast.append(parsed, to: &fastBytes)
            slow.append(values, to: &slowBytes)
        }
        #expect(String(decoding: fastBytes, as: UTF8.self) == String(decoding: slowBytes, as: UTF8.self))
        #expect(fast.diagnostics == slow.diagnostics)
    }

    @Test func escapesAndReplacesInTheFastPath() throws {
        let record = Record(fields: [
            Field(tag: "001", value: "a\u{1F}b"),
            Field(
                tag: "245", indicator1: "\"", indicator2: "<",
                subfields: [Subfield(code: "&", value: "x < y & \"z\"\r")]),
        ])
        let parsed = try #require(Array(ISO2709Reader(bytes: try ISO2709Writer.bytes([record]))).first)
        var writer = MARCXMLWriter()
        var output: [UInt8] = []
        writer.append(parsed, to: &output)
        let xml = String(decoding: output, as: UTF8.self)
        #expect(xml.contains("<controlfield tag=\"001\">a\u{FFFD}b</controlfield>"))
        #expect(xml.contains("ind1=\"&quot;\" ind2=\"&lt;\""))
        #expect(xml.contains("<subfield code=\"&amp;\">x &lt; y &amp; &quot;z&quot;&#13;</subfield>"))
        #expect(writer.diagnostics.count == 1)
    }
}

@Suite struct ChangingFieldsOfAParsedRecord {
    static func parsed() throws -> Record {
        try #require(Array(ISO2709Reader(bytes: try FixtureFiles.bytes("loc-booksall-70.mrc"))).first)
    }

    @Test func appendKeepsEarlierFields() throws {
        var record = try Self.parsed()
        let before = record.fields
        record.fields.append(Field(tag: "999", subfields: [Subfield(code: "a", value: "local")]))
        #expect(record.fields.count == before.count + 1)
        #expect(Array(record.fields.dropLast()) == before)
        #expect(record["999"]?["a"] == "local")
        #expect(record.fieldCount == before.count + 1)
    }

    @Test func subscriptAssignmentAndRemoval() throws {
        var record = try Self.parsed()
        let title = try #require(record.fields.firstIndex { $0.tag == "245" })
        record.fields[title].subfields.append(Subfield(code: "c", value: "added"))
        #expect(record["245"]?.values("c").last == "added")
        record.fields.removeAll { $0.tag.hasPrefix("6") }
        #expect(record.fields("650").isEmpty)
        record.fields.removeAll()
        #expect(record.fields.isEmpty && record.fieldCount == 0 && record.subfieldCount == 0)
    }

    @Test func copiesDoNotShareChanges() throws {
        let original = try Self.parsed()
        var copy = original
        copy.fields.append(Field(tag: "001", value: "other"))
        #expect(original.fieldCount + 1 == copy.fieldCount)
        #expect(original != copy)
    }

    @Test func changedRecordWritesTheChange() throws {
        var record = try Self.parsed()
        record.fields.append(Field(tag: "999", subfields: [Subfield(code: "a", value: "x")]))
        let reread = try #require(Array(ISO2709Reader(bytes: try ISO2709Writer.bytes([record]))).first)
        #expect(reread.fields == record.fields)
        #expect(MARCXMLWriter.document([record]).contains("<datafield tag=\"999\" ind1=\" \" ind2=\" \">"))
    }
}
