/// Writes one message: the code, fixed-length fields in order, then variable-length fields.
///
/// Field values are written as given except for `|`, carriage return and line feed, which would end a field
/// or the message early; they become spaces (SIP2 has no escape).
public struct SIP2MessageWriter: Sendable {
    /// The message text so far, without sequence number, checksum or terminator.
    public private(set) var text: String

    /// Starts a message with its code.
    public init(code: SIP2MessageCode) {
        text = code.rawValue
    }

    /// A fixed field, padded with spaces or cut to `length`.
    public mutating func fixed(_ value: String, length: Int) {
        let ascii = String(value.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "?" })
        text += String(ascii.prefix(length)) + String(repeating: " ", count: max(0, length - ascii.count))
    }

    /// `Y` or `N`.
    public mutating func flag(_ value: Bool) { text += value ? "Y" : "N" }

    /// `1` or `0`.
    public mutating func okFlag(_ value: Bool) { text += value ? "1" : "0" }

    /// `Y`, `N` or `U`.
    public mutating func tristate(_ value: SIP2Tristate) { text += value.rawValue }

    /// An 18-character date, or 18 blanks for `nil`.
    public mutating func timestamp(_ value: SIP2Timestamp?) {
        text += value?.description ?? String(repeating: " ", count: SIP2Timestamp.length)
    }

    /// A zero-padded count, capped at the largest value that fits.
    public mutating func count(_ value: Int, length: Int) {
        let capped = min(max(0, value), Int(String(repeating: "9", count: length)) ?? 0)
        let digits = String(capped)
        text += String(repeating: "0", count: length - digits.count) + digits
    }

    /// A variable-length field.
    public mutating func field(_ id: SIP2FieldID, _ value: String) {
        let clean = value.replacing("|", with: " ").replacing("\r", with: " ").replacing("\n", with: " ")
        text += id.rawValue + clean + "|"
    }

    /// A variable-length field, left out when `nil`.
    public mutating func field(_ id: SIP2FieldID, _ value: String?) {
        if let value { field(id, value) }
    }

    /// A `Y`/`N` variable-length field, left out when `nil`.
    public mutating func flagField(_ id: SIP2FieldID, _ value: Bool?) {
        if let value { field(id, value ? "Y" : "N") }
    }

    /// A repeatable field, once per value.
    public mutating func fields(_ id: SIP2FieldID, _ values: [String]) {
        for value in values { field(id, value) }
    }

    /// Fields kept from a parsed message.
    public mutating func fields(_ fields: [SIP2Field]) {
        for item in fields { field(item.id, item.value) }
    }
}
