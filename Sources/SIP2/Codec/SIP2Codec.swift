/// Reads and writes SIP2 messages in one character set and error-detection mode.
public struct SIP2Codec: Sendable {
    /// Character set of field values.
    public var charset: SIP2Charset
    /// How sequence numbers and checksums are handled.
    public var errorDetection: SIP2ErrorDetection

    public init(charset: SIP2Charset = .utf8, errorDetection: SIP2ErrorDetection = .automatic) {
        self.charset = charset
        self.errorDetection = errorDetection
    }

    /// Splits a line into message and trailer, verifying the checksum.
    public func frame(_ line: some Collection<UInt8>) throws(SIP2Error) -> SIP2Frame {
        try SIP2Frame(parsing: line, errorDetection: errorDetection, charset: charset)
    }

    /// The kiosk's request in a frame.
    public func request(from frame: SIP2Frame) throws(SIP2Error) -> SIP2Request {
        var reader = try reader(for: frame)
        return try SIP2Request(reading: &reader)
    }

    /// The ACS's response in a frame (the kiosk's side of the codec).
    public func response(from frame: SIP2Frame) throws(SIP2Error) -> SIP2Response {
        var reader = try reader(for: frame)
        return try SIP2Response(reading: &reader)
    }

    /// A line read as a request in one step.
    public func decodeRequest(_ line: some Collection<UInt8>) throws(SIP2Error) -> SIP2Request {
        try request(from: frame(line))
    }

    /// A line read as a response in one step.
    public func decodeResponse(_ line: some Collection<UInt8>) throws(SIP2Error) -> SIP2Response {
        try response(from: frame(line))
    }

    /// The bytes of a message on the wire: text, `AYn` when a sequence number is given, `AZxxxx` when
    /// `checksum` is set (and detection is not disabled), then a carriage return.
    public func encode(text: String, sequenceNumber: Int?, checksum: Bool) -> [UInt8] {
        var bytes = charset.encode(text)
        let detect = checksum && errorDetection != .disabled
        if detect, let sequenceNumber {
            bytes += Array("AY\(sequenceNumber % 10)".utf8)
        }
        if detect {
            bytes += Array("AZ".utf8)
            bytes += Array(SIP2Checksum.hex(SIP2Checksum.compute(bytes)).utf8)
        }
        bytes.append(0x0D)
        return bytes
    }

    /// A response on the wire.
    public func encode(_ response: SIP2Response, sequenceNumber: Int?, checksum: Bool) -> [UInt8] {
        encode(text: response.text, sequenceNumber: sequenceNumber, checksum: checksum)
    }

    /// A request on the wire (the kiosk's side, and tests).
    public func encode(_ request: SIP2Request, sequenceNumber: Int?, checksum: Bool) -> [UInt8] {
        encode(text: request.text, sequenceNumber: sequenceNumber, checksum: checksum)
    }

    private func reader(for frame: SIP2Frame) throws(SIP2Error) -> SIP2MessageReader {
        guard let code = SIP2MessageCode(rawValue: frame.code) else {
            throw .unknownMessage(code: String(decoding: frame.message.prefix(2), as: UTF8.self))
        }
        return SIP2MessageReader(code: code, bytes: frame.message, charset: charset)
    }
}
