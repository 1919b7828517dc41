import Testing

@testable import Z3950

/// Broken and hostile encodings are refused with `Z3950Error.malformed`, never a crash.
@Suite struct HostileBERTests {
    private let close = Z3950PDU.close(Z3950Close(reason: .finished)).encoded

    @Test func everyTruncationOfAnAPDUIsRefusedOrIncomplete() throws {
        let bytes = Z3950PDU.searchRequest(Z3950SearchRequest(query: .rpn(APDURoundTripTests.isbnQuery))).encoded
        for length in 0..<bytes.count {
            let prefix = Array(bytes.prefix(length))
            #expect(throws: Z3950Error.self) { try Z3950PDU.decode(prefix) }
            if case .complete = try BERFrame.extent(of: prefix) { Issue.record("prefix \(length) looked complete") }
        }
    }

    @Test func aLengthBeyondTheBufferIsRefused() {
        var bytes = close
        bytes[1] = 0x7F  // announces 127 content bytes
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode(bytes) }
    }

    @Test func aHugeLengthIsRefusedByTheFramer() {
        #expect(throws: Z3950Error.self) { try BERFrame.extent(of: [0xBF, 0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode([0xBF, 0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]) }
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        var bytes: [UInt8] = [0x05, 0x00]
        for _ in 0..<40 { bytes = [0x30, UInt8(bytes.count)] + bytes }
        #expect(throws: Z3950Error.self) { try BERCodec.parse(bytes) }
        var indefinite: [UInt8] = []
        for _ in 0..<40 { indefinite += [0x30, 0x80] }
        indefinite += Array(repeating: 0, count: 80)
        #expect(throws: Z3950Error.self) { try BERFrame.extent(of: indefinite) }
    }

    @Test func indefiniteLengthsAreFramedAndRead() throws {
        // Close [48] with indefinite length: closeReason [211] 0, then end-of-contents.
        let bytes: [UInt8] = [0xBF, 0x30, 0x80, 0x9F, 0x81, 0x53, 0x01, 0x00, 0x00, 0x00]
        #expect(try BERFrame.extent(of: bytes + [0xAA]) == .complete(bytes.count))
        #expect(try Z3950PDU.decode(bytes) == .close(Z3950Close(reason: .finished)))
    }

    @Test func garbageAndUniversalElementsAreNotAPDUs() {
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode(Array("GET / HTTP/1.1\r\n\r\n".utf8)) }
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode([0x30, 0x00]) }
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode(close + [0x00]) }
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode([0xBF, 0x7F, 0x00]) }
    }

    @Test func aRequestMissingAMandatoryFieldIsMalformed() {
        let search = BERValue.constructed(22, [.integer(13, 0)])
        #expect(throws: Z3950Error.self) { try Z3950PDU.decode(BERCodec.encode(search)) }
    }
}
