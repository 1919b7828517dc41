/// Everything that can go wrong in the SIP2 layer, each case saying precisely what and where, so a kiosk's
/// screen message (AF) and the log can name the fault.
public enum SIP2Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The frame held no message code (an empty line or one byte).
    case emptyMessage
    /// The frame is longer than the configured maximum frame length.
    case frameTooLong(limit: Int)
    /// The two-character message code is not a SIP2 2.00 message.
    case unknownMessage(code: String)
    /// The message is valid SIP2 but this server does not handle it (block patron, hold, …).
    case unsupportedMessage(code: String)
    /// The checksum (AZ) does not match the bytes of the message.
    case badChecksum(expected: String, got: String)
    /// Error detection is required by the ACS configuration but the message carries no checksum (AZ).
    case missingChecksum
    /// The sequence number (AY) is not a single digit.
    case badSequenceNumber(String)
    /// The fixed-length part ended before the named field (offset counts from the first byte of the message).
    case truncatedFixedField(name: String, offset: Int, length: Int)
    /// A fixed-length field holds a value its definition does not allow.
    case badFixedField(name: String, offset: Int, value: String)
    /// A required variable-length field is absent.
    case missingField(SIP2FieldID, message: SIP2MessageCode)
    /// A variable-length field holds a value its definition does not allow (a count that is not a number).
    case badField(SIP2FieldID, value: String)
    /// A variable-length field is too short to carry its two-character identifier.
    case malformedField(offset: Int)
    /// The bytes are not valid in the configured character set.
    case invalidEncoding(offset: Int, charset: SIP2Charset)
    /// A message other than login (93) or SC status (99) arrived before a successful login.
    case loginRequired
    /// The circulation service could not answer; the underlying reason is logged, not shown to patrons.
    case serviceFailed(String)

    public var description: String {
        switch self {
        case .emptyMessage: "Empty message: no message code."
        case .frameTooLong(let limit): "Message longer than \(limit) bytes."
        case .unknownMessage(let code): "Unknown message code \(code)."
        case .unsupportedMessage(let code): "Message \(code) is not supported by this server."
        case .badChecksum(let expected, let got): "Bad checksum: expected \(expected), got \(got)."
        case .missingChecksum: "Checksum (AZ) required but missing."
        case .badSequenceNumber(let value): "Bad sequence number (AY) \"\(value)\": expected one digit."
        case .truncatedFixedField(let name, let offset, let length):
            "Bad fixed-field length at offset \(offset): \(name) needs \(length) characters."
        case .badFixedField(let name, let offset, let value):
            "Bad fixed field \(name) at offset \(offset): \"\(value)\"."
        case .missingField(let id, let message): "Missing required field \(id.rawValue) in message \(message.rawValue)."
        case .badField(let id, let value): "Bad value in field \(id.rawValue): \"\(value)\"."
        case .malformedField(let offset): "Malformed field at offset \(offset): no two-character field id."
        case .invalidEncoding(let offset, let charset): "Invalid \(charset.rawValue) byte at offset \(offset)."
        case .loginRequired: "Login (93) required before this message."
        case .serviceFailed: "The library system could not complete this request. Please ask staff."
        }
    }
}
