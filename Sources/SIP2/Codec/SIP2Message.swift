/// A SIP2 message with its fixed-length and variable-length fields, readable from and writable to the wire.
public protocol SIP2Message: Sendable, Equatable {
    /// The message code this value is written with.
    var code: SIP2MessageCode { get }
    /// Reads the message; the reader's code says which of the type's codes arrived.
    init(reading reader: inout SIP2MessageReader) throws(SIP2Error)
    /// Writes fixed fields then variable fields (the writer already holds the code).
    func write(to writer: inout SIP2MessageWriter)
}

extension SIP2Message {
    /// The message text without sequence number, checksum or terminator.
    public var text: String {
        var writer = SIP2MessageWriter(code: code)
        write(to: &writer)
        return writer.text
    }
}

extension SIP2MessageReader {
    /// A numeric variable field, `nil` when absent.
    mutating func optionalNumber(_ id: SIP2FieldID) throws(SIP2Error) -> Int? {
        guard let text = try optional(id) else { return nil }
        guard let value = Int(text.trimmingSpaces) else { throw .badField(id, value: text) }
        return value
    }
}
