/// SC status (99): the kiosk reports its state and asks for the ACS status (98).
public struct SIP2SCStatusRequest: SIP2Message {
    public var code: SIP2MessageCode { .scStatus }
    /// Status code: `0` SC unit OK, `1` printer out of paper, `2` SC about to shut down.
    public var statusCode: String = "0"
    /// Maximum print width, three digits.
    public var maxPrintWidth: Int = 80
    /// Protocol version, `2.00`.
    public var protocolVersion: String = "2.00"
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(statusCode: String = "0", maxPrintWidth: Int = 80, protocolVersion: String = "2.00") {
        self.statusCode = statusCode
        self.maxPrintWidth = maxPrintWidth
        self.protocolVersion = protocolVersion
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        statusCode = try reader.fixed("status code", length: 1)
        maxPrintWidth = try reader.count("max print width", length: 3)
        protocolVersion = try reader.fixed("protocol version", length: 4)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(statusCode, length: 1)
        writer.count(maxPrintWidth, length: 3)
        writer.fixed(protocolVersion, length: 4)
        writer.fields(otherFields)
    }
}
