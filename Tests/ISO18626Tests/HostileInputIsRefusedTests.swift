import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct HostileInputIsRefused {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader()
    }

    private func refusal(_ bytes: [UInt8]) throws -> ISO18626Refusal {
        try #require(reader.read(bytes).failure)
    }

    private func refusal(_ text: String) throws -> ISO18626Refusal {
        try refusal(Array(text.utf8))
    }

    @Test func tenMegabytePayloadIsRefusedBeforeParsing() throws {
        let payload = Array(repeating: UInt8(ascii: " "), count: 10 * 1024 * 1024)
        let refused = try refusal(CrosslinkSamples.bytes("supmsg-ok.xml") + payload)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.contains("more than the 1048576 accepted"))
    }

    @Test func limitIsConfigurable() throws {
        let small = try ISO18626Reader(maximumBytes: 500)
        let refused = try #require(small.read(CrosslinkSamples.bytes("supmsg-ok.xml")).failure)
        #expect(refused.errorValue.hasSuffix("bytes, more than the 500 accepted"))
        #expect(reader.read(CrosslinkSamples.bytes("supmsg-ok.xml")).value != nil)
    }

    @Test func billionLaughsIsRefusedAsADocumentTypeDeclaration() throws {
        let entities = (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE ISO18626Message [ <!ENTITY lol0 "lol"> \(entities.joined(separator: " ")) ]>
            <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626">&lol9;</ISO18626Message>
            """
        let refused = try refusal(text)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue == "DOCTYPE and ENTITY declarations are not accepted (line 2)")
        #expect(!refused.errorValue.contains("lollol"))
    }

    @Test func externalEntityNeverReadsTheFile() throws {
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? ""
        let firstLine = try #require(passwd.split(separator: "\n").first.map(String.init))
        let sample = CrosslinkSamples.text("supmsg-ok.xml")
        let hostile =
            "<!DOCTYPE ISO18626Message [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
            + sample.replacingOccurrences(of: "<itemId>12345</itemId>", with: "<itemId>&xxe;</itemId>")
        let refused = try refusal(hostile)
        #expect(refused.errorType == .badlyFormedMessage)
        let everything = ([refused.errorValue] + refused.problems).joined(separator: "\n")
        #expect(!everything.contains(firstLine))
        #expect(everything.contains("DOCTYPE"))
    }

    @Test func documentTypeHiddenFromTheByteScanIsRefusedAfterParsing() throws {
        let text = """
            <?xml version="1.0" encoding="IBM037"?>
            <!DOCTYPE ISO18626Message [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626"><x>&xxe;</x></ISO18626Message>
            """
        let ebcdic = try EBCDIC.encode(text)
        #expect(!String(decoding: ebcdic, as: UTF8.self).contains("DOCTYPE"))
        let refused = try refusal(ebcdic)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue == "DOCTYPE declarations are not accepted")
        #expect(!refused.problems.joined().contains("root:"))
    }

    @Test func notWellFormedIsRefusedAtItsLine() throws {
        let broken = CrosslinkSamples.text("request-loaned.xml")
            .replacingOccurrences(of: "<title>Lord of the Rings</title>", with: "<title>Lord of the Rings</titel>")
        let refused = try refusal(broken)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.hasPrefix("not well-formed XML: Opening and ending tag mismatch"))
        #expect(refused.errorValue.hasSuffix("(line 23)"))
        #expect(refused.line == 23)
        #expect(refused.kind == nil)
    }

    @Test func wrongNamespaceIsBadlyFormed() throws {
        let text = CrosslinkSamples.text("supmsg-ok.xml")
            .replacingOccurrences(of: "http://illtransactions.org/2013/iso18626", with: "urn:example:other")
        let refused = try refusal(text)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(
            refused.errorValue
                == "ISO18626Message is in namespace 'urn:example:other', not http://illtransactions.org/2013/iso18626")
        #expect(try refusal("<ISO18626Message ill:version=\"1.2\"/>").errorType == .badlyFormedMessage)
        #expect(try refusal("<ISO18626Message/>").errorValue.contains("in no namespace"))
    }

    @Test func wrongRootIsBadlyFormed() throws {
        let refused = try refusal(
            "<?xml version=\"1.0\"?><request xmlns=\"http://illtransactions.org/2013/iso18626\"/>")
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue == "the root element is 'request', not ISO18626Message")
    }

    @Test func unknownMessageInsideISO18626MessageIsBadlyFormed() throws {
        let text = """
            <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626"
              xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="1.2"><loanRequest/></ISO18626Message>
            """
        let refused = try refusal(text)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue == "ISO18626Message holds 'loanRequest', which is not an ISO 18626 message (line 2)")
    }

    @Test func missingVersionAttributeIsBadlyFormed() throws {
        let text = CrosslinkSamples.text("supmsg-ok.xml").replacingOccurrences(of: "ill:version=\"1.2\"", with: "")
        let refused = try refusal(text)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.contains("version' is required but missing"))
        #expect(refused.kind == .supplyingAgencyMessage)
    }

    @Test func tenThousandDeepNestingStopsAtTheParserDepthLimit() throws {
        let depth = 10_000
        let text =
            "<ISO18626Message xmlns=\"http://illtransactions.org/2013/iso18626\">"
            + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</ISO18626Message>"
        let refused = try refusal(text)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.contains("Excessive depth in document: 256"))
    }

    @Test func nonUTF8GarbageIsBadlyFormed() throws {
        var generator = SeededGenerator(seed: 18626)
        let garbage = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(try refusal(garbage).errorType == .badlyFormedMessage)
        let invalidUTF8 = Array(CrosslinkSamples.text("request-loaned.xml").utf8)
            .split(separator: UInt8(ascii: "L"), maxSplits: 1, omittingEmptySubsequences: false)
        let spliced = Array(invalidUTF8[0]) + [0xC3, 0x28] + Array(invalidUTF8[1])
        let refused = try refusal(spliced)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.contains("not proper UTF-8"))
    }

    @Test func utf16AndNULBytesAreRefused() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in CrosslinkSamples.text("supmsg-ok.xml").utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let refused = try refusal(utf16)
        #expect(refused.errorType == .badlyFormedMessage)
        #expect(refused.errorValue.hasPrefix("NUL byte at offset 3"))
        #expect(try refusal([]).errorValue == "the message is empty")
    }

    @Test func hugeBadValueIsShortenedInTheErrorValue() throws {
        let huge = String(repeating: "X", count: 100_000)
        let text = CrosslinkSamples.text("supmsg-ok.xml")
            .replacingOccurrences(of: "<status>Loaned</status>", with: "<status>\(huge)</status>")
        let refused = try refusal(text)
        #expect(refused.errorType == .unrecognisedDataValue)
        #expect(refused.errorValue.count < 200)
    }
}
