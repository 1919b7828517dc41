/// One line from the wire, split into the message proper and its error-detection trailer (`AYnAZxxxx`).
public struct SIP2Frame: Sendable, Equatable {
    /// The message bytes from the code up to (not including) the trailer and terminator.
    public var message: [UInt8]
    /// AY sequence number, when sent.
    public var sequenceNumber: Int?
    /// Whether a checksum (AZ) was sent (and, unless detection is disabled, verified).
    public var hasChecksum: Bool

    /// The two-character message code as sent.
    public var code: String { String(decoding: message.prefix(2), as: UTF8.self) }

    public init(message: [UInt8], sequenceNumber: Int?, hasChecksum: Bool) {
        self.message = message
        self.sequenceNumber = sequenceNumber
        self.hasChecksum = hasChecksum
    }

    /// Splits and checks a line; CR, LF or CRLF at the end are dropped, hex digits may be lower case.
    public init(
        parsing line: some Collection<UInt8>, errorDetection: SIP2ErrorDetection, charset: SIP2Charset
    ) throws(SIP2Error) {
        var bytes = Array(line)
        while let last = bytes.last, last == 0x0D || last == 0x0A { bytes.removeLast() }
        guard bytes.count >= 2 else { throw .emptyMessage }
        var sequence: Int?
        var checked = false
        if let checksumAt = Self.checksumStart(bytes) {
            if errorDetection != .disabled {
                try Self.verify(bytes, checksumAt: checksumAt, charset: charset)
            }
            checked = true
            bytes.removeSubrange(checksumAt...)
        } else if errorDetection == .required {
            throw .missingChecksum
        }
        if bytes.last == UInt8(ascii: "|"), bytes.count >= 5, bytes[bytes.count - 4] == UInt8(ascii: "A"),
            bytes[bytes.count - 3] == UInt8(ascii: "Y")
        {
            bytes.removeLast()  // "…|AY1|AZ…": a separator some kiosks put before AZ.
        }
        if bytes.count >= 5, bytes[bytes.count - 3] == UInt8(ascii: "A"), bytes[bytes.count - 2] == UInt8(ascii: "Y") {
            let digit = bytes[bytes.count - 1]
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else {
                throw .badSequenceNumber(String(decoding: [digit], as: UTF8.self))
            }
            sequence = Int(digit - UInt8(ascii: "0"))
            bytes.removeLast(3)
        }
        self.init(message: bytes, sequenceNumber: sequence, hasChecksum: checked)
    }

    /// Index of the "AZ" that starts the checksum: "AZ" and four hex digits end the line. Some clients
    /// (the PyPI `sip2` client) drop leading zeros, so one to three digits are accepted after "AYn".
    private static func checksumStart(_ bytes: [UInt8]) -> Int? {
        for digits in stride(from: 4, through: 1, by: -1) {
            let at = bytes.count - digits - 2
            guard at >= 2, bytes[at] == UInt8(ascii: "A"), bytes[at + 1] == UInt8(ascii: "Z"),
                bytes[(at + 2)...].allSatisfy(\.isHexDigit)
            else { continue }
            if digits == 4 { return at }
            if at >= 3, bytes[at - 3] == UInt8(ascii: "A"), bytes[at - 2] == UInt8(ascii: "Y") { return at }
        }
        return nil
    }

    private static func verify(_ bytes: [UInt8], checksumAt: Int, charset: SIP2Charset) throws(SIP2Error) {
        let sent = String(decoding: bytes[(checksumAt + 2)...], as: UTF8.self)
        let covered = bytes[..<(checksumAt + 2)]
        let expected = SIP2Checksum.compute(covered)
        guard let given = UInt16(sent, radix: 16) else { throw .badChecksum(expected: "", got: sent) }
        if given == expected { return }
        if case .success(let text) = charset.decode(covered), SIP2Checksum.computeOverScalars(text) == given {
            return
        }
        throw .badChecksum(expected: SIP2Checksum.hex(expected), got: sent.uppercased())
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
    }
}
