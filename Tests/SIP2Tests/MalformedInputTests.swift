import SIP2
import Testing

@Suite struct MalformedMessagesAreReportedPrecisely {
    private let codec = SIP2Codec()

    private func error(_ text: String, codec: SIP2Codec = SIP2Codec()) -> SIP2Error? {
        do {
            _ = try codec.decodeRequest(SIP2Fixtures.bytes(text))
            return nil
        } catch {
            return error
        }
    }

    @Test func missingInstitutionNamesTheFieldAndMessage() {
        #expect(
            error("2300020240305    143009AAP0001|AC|AD1234|")
                == .missingField(.institutionID, message: .patronStatusRequest))
        #expect(
            error("2300020240305    143009AAP0001|AC|AD1234|")?.description
                == "Missing required field AO in message 23.")
    }

    @Test func missingPatronInCheckout() {
        #expect(
            error("11NN20240305    143009                  AOSZLIB|ABB0001|AC|")
                == .missingField(.patronIdentifier, message: .checkout))
    }

    @Test func truncatedFixedFieldGivesItsOffset() {
        // 23 needs language (3) and a date (18) after the code; this one stops inside the date.
        #expect(error("2300020240305") == .truncatedFixedField(name: "transaction date", offset: 5, length: 18))
        #expect(
            error("2300020240305")?.description
                == "Bad fixed-field length at offset 5: transaction date needs 18 characters.")
    }

    @Test func badFlagValueGivesItsOffset() {
        #expect(
            error("11XN20240305    143009                  AOSZLIB|AAP1|ABB1|")
                == .badFixedField(name: "SC renewal policy", offset: 2, value: "X"))
    }

    @Test func badDateIsRefused() {
        #expect(
            error("1720241305    143009AOSZLIB|ABB1|")
                == .badFixedField(name: "transaction date", offset: 2, value: "20241305    143009"))
    }

    @Test func badChecksumSaysExpectedAndGot() {
        #expect(error("9900802.00AY1AZFCA1") == .badChecksum(expected: "FCA0", got: "FCA1"))
    }

    @Test func missingChecksumWhenRequired() {
        #expect(error("9900802.00", codec: SIP2Codec(errorDetection: .required)) == .missingChecksum)
        #expect(error("9900802.00AY1AZFCA1", codec: SIP2Codec(errorDetection: .disabled)) == nil)
    }

    @Test func garbageBytesAreUnknownMessages() {
        #expect(error("\u{1}\u{2}garbage") == .unknownMessage(code: "\u{1}\u{2}"))
        #expect(error("X") == .emptyMessage)
        #expect(error("\r\n") == .emptyMessage)
    }

    @Test func invalidUTF8IsReportedAtItsOffset() {
        let bytes = SIP2Fixtures.bytes("1720240305    143009AOSZLIB|ABB") + [0xFF, 0x41] + SIP2Fixtures.bytes("|")
        #expect(throws: SIP2Error.invalidEncoding(offset: 31, charset: .utf8)) {
            try SIP2Codec().decodeRequest(bytes)
        }
    }

    @Test func fieldWithoutIdentifierIsMalformed() {
        #expect(error("1720240305    143009AOSZLIB|ABB1|X|") == .malformedField(offset: 33))
    }

    @Test func supportedButUnimplementedMessage() {
        #expect(error("01N20240305    143009AOSZLIB|ALlost|AAP1|AC|") == .unsupportedMessage(code: "01"))
    }

    @Test func badNumberInVariableField() {
        #expect(
            error("6300020240305    143009  Y       AOSZLIB|AAP1|BPone|")
                == .badField(.startItem, value: "one"))
    }

    @Test func lenientTerminatorsAndLowerCaseFlags() throws {
        for terminator in ["\r", "\n", "\r\n", ""] {
            let request = try codec.decodeRequest(
                SIP2Fixtures.bytes("11yn20240305    143009                  AOSZLIB|AAP1|ABB1|" + terminator))
            guard case .checkout(let checkout) = request else {
                Issue.record("expected checkout")
                return
            }
            #expect(checkout.scRenewalPolicy)
            #expect(checkout.terminalPassword == nil)
        }
    }
}
