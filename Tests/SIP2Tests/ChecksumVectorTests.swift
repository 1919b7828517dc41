import SIP2
import Testing

@Suite struct ChecksumsMatchPublishedMessages {
    private func checksum(_ text: String) -> String {
        SIP2Checksum.hex(SIP2Checksum.compute(Array(text.utf8)))
    }

    /// Vectors from the comments of the PyPI `sip2` client (checkin requests) and the SIP2 2.00 spec's
    /// patron information example.
    @Test func publishedVectors() {
        #expect(
            checksum("09N20160419    12200820160419    122008APReading Room 1|AO830|AB830$28170815|AC|AY2AZ")
                == "EB80")
        #expect(
            checksum("09N20160419    12171320160419    121713APReading Room 1|AO830|AB830$28170815|AC|AY2AZ")
                == "EB7C")
        #expect(checksum("6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZ") == "EA83")
    }

    @Test func resendMessagesHaveFixedChecksums() {
        #expect(checksum("96AZ") == "FEF6")
        #expect(checksum("97AZ") == "FEF5")
        #expect(SIP2Codec().encode(.requestSCResend, sequenceNumber: nil, checksum: true) == Array("96AZFEF6\r".utf8))
    }

    @Test func checksumIsFourDigitsEvenWhenSmall() {
        #expect(SIP2Checksum.hex(0x00A1) == "00A1")
    }

    @Test func specExampleFrameVerifiesWithLowerCaseHex() throws {
        let frame = try SIP2Codec(errorDetection: .required).frame(
            Array("6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZea83\r\n".utf8))
        #expect(frame.sequenceNumber == 1)
        #expect(frame.hasChecksum)
        #expect(frame.code == "63")
    }

    /// The `sip2` client's own docstring shows F474 for a message whose checksum is F47B: a real typo, and
    /// a fine example of what the server must refuse.
    @Test func documentedTypoIsRejectedWithExpectedAndGot() {
        #expect(throws: SIP2Error.badChecksum(expected: "F47B", got: "F474")) {
            try SIP2Codec().frame(Array("36Y20080228    145537AOWOHLERS|AAX00000000|AY9AZF474".utf8))
        }
    }

    @Test func clientsSummingCharactersInsteadOfBytesAreAccepted() throws {
        let text = "17" + "20240102    090000" + "AOSZ|AB图书0001|AY3AZ"
        let scalarSum = SIP2Checksum.hex(SIP2Checksum.computeOverScalars(text))
        let request = try SIP2Codec().decodeRequest(Array((text + scalarSum).utf8))
        guard case .itemInformation(let item) = request else {
            Issue.record("expected item information, got \(request)")
            return
        }
        #expect(item.itemIdentifier == "图书0001")
    }

    @Test func unpaddedChecksumAfterSequenceNumberIsAccepted() throws {
        // A message whose checksum has a leading zero, sent without it as the PyPI client does.
        var text = "9900302.00AY0AZ"
        var sum = SIP2Checksum.compute(Array(text.utf8))
        var filler = 0
        while sum >= 0x1000 {
            filler += 1
            text = "9900302.00" + "AN" + String(repeating: "~", count: filler) + "|AY0AZ"
            sum = SIP2Checksum.compute(Array(text.utf8))
        }
        let short = text + String(sum, radix: 16, uppercase: true)
        let frame = try SIP2Codec(errorDetection: .required).frame(Array(short.utf8))
        #expect(frame.hasChecksum)
        #expect(frame.sequenceNumber == 0)
    }
}
