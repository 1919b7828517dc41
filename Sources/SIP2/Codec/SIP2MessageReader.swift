/// Reads one message: its fixed-length fields in order, then its variable-length fields by identifier.
///
/// Offsets in errors count bytes from the first character of the message code, so "offset 21" points at
/// the 22nd byte of the line the kiosk sent.
public struct SIP2MessageReader: Sendable {
    /// The message being read.
    public let code: SIP2MessageCode
    private let bytes: [UInt8]
    private let charset: SIP2Charset
    private var offset = 2
    private var parsedFields: [SIP2Field]?
    private var consumed: Set<SIP2FieldID> = []

    /// A reader over `bytes`, which start with the two-character code and end before the AY/AZ trailer.
    public init(code: SIP2MessageCode, bytes: [UInt8], charset: SIP2Charset = .utf8) {
        self.code = code
        self.bytes = bytes
        self.charset = charset
    }

    /// The next `length` characters of the fixed part.
    public mutating func fixed(_ name: String, length: Int) throws(SIP2Error) -> String {
        guard offset + length <= bytes.count else {
            throw .truncatedFixedField(name: name, offset: offset, length: length)
        }
        let slice = bytes[offset..<offset + length]
        guard slice.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            throw .badFixedField(name: name, offset: offset, value: String(decoding: slice, as: UTF8.self))
        }
        offset += length
        return String(decoding: slice, as: UTF8.self)
    }

    /// A one-character `Y`/`N` field; lower case is accepted and a blank reads as `N`.
    public mutating func flag(_ name: String) throws(SIP2Error) -> Bool {
        let start = offset
        switch try fixed(name, length: 1) {
        case "Y", "y": return true
        case "N", "n", " ": return false
        case let other: throw .badFixedField(name: name, offset: start, value: other)
        }
    }

    /// A one-character `1`/`0` field (the "ok" of responses).
    public mutating func okFlag(_ name: String) throws(SIP2Error) -> Bool {
        let start = offset
        switch try fixed(name, length: 1) {
        case "1": return true
        case "0": return false
        case let other: throw .badFixedField(name: name, offset: start, value: other)
        }
    }

    /// A one-character `Y`/`N`/`U` field.
    public mutating func tristate(_ name: String) throws(SIP2Error) -> SIP2Tristate {
        let start = offset
        let text = try fixed(name, length: 1)
        guard let value = SIP2Tristate(rawValue: text.uppercased()) else {
            throw .badFixedField(name: name, offset: start, value: text)
        }
        return value
    }

    /// An 18-character date; all blanks read as `nil`.
    public mutating func optionalTimestamp(_ name: String) throws(SIP2Error) -> SIP2Timestamp? {
        let start = offset
        let text = try fixed(name, length: SIP2Timestamp.length)
        if text.allSatisfy({ $0 == " " }) { return nil }
        guard let stamp = SIP2Timestamp(parsing: text) else {
            throw .badFixedField(name: name, offset: start, value: text)
        }
        return stamp
    }

    /// An 18-character date that must be present.
    public mutating func timestamp(_ name: String) throws(SIP2Error) -> SIP2Timestamp {
        let start = offset
        guard let stamp = try optionalTimestamp(name) else {
            throw .badFixedField(name: name, offset: start, value: String(repeating: " ", count: 18))
        }
        return stamp
    }

    /// A fixed-length count of digits; blanks read as zero (some ACSs pad counts with spaces).
    public mutating func count(_ name: String, length: Int) throws(SIP2Error) -> Int {
        let start = offset
        let text = try fixed(name, length: length)
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return 0 }
        guard let value = Int(trimmed), value >= 0 else { throw .badFixedField(name: name, offset: start, value: text) }
        return value
    }

    /// The first value of a field that must be present (it may be empty).
    public mutating func required(_ id: SIP2FieldID) throws(SIP2Error) -> String {
        guard let value = try optional(id) else { throw .missingField(id, message: code) }
        return value
    }

    /// The first value of a field, `nil` when absent.
    public mutating func optional(_ id: SIP2FieldID) throws(SIP2Error) -> String? {
        try repeated(id).first
    }

    /// A `Y`/`N` variable field such as BO fee acknowledged; `nil` when absent.
    public mutating func optionalFlag(_ id: SIP2FieldID) throws(SIP2Error) -> Bool? {
        try optional(id).map { $0.uppercased().hasPrefix("Y") }
    }

    /// Every value of a repeatable field, in order.
    public mutating func repeated(_ id: SIP2FieldID) throws(SIP2Error) -> [String] {
        consumed.insert(id)
        return try fields().filter { $0.id == id }.map(\.value)
    }

    /// Fields not asked for by the message definition, kept so nothing a kiosk sent is lost.
    public mutating func otherFields() throws(SIP2Error) -> [SIP2Field] {
        try fields().filter { !consumed.contains($0.id) }
    }

    private mutating func fields() throws(SIP2Error) -> [SIP2Field] {
        if let parsedFields { return parsedFields }
        var result: [SIP2Field] = []
        var start = offset
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "|")) ?? bytes.count
            if end > start {
                result.append(try field(from: start, to: end))
            }
            start = end + 1
        }
        parsedFields = result
        return result
    }

    private func field(from start: Int, to end: Int) throws(SIP2Error) -> SIP2Field {
        let idBytes = bytes[start..<min(start + 2, end)]
        guard idBytes.count == 2, idBytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .malformedField(offset: start)
        }
        let id = SIP2FieldID(rawValue: String(decoding: idBytes, as: UTF8.self))
        switch charset.decode(bytes[(start + 2)..<end]) {
        case .success(let value): return SIP2Field(id, value)
        case .failure(let error): throw error
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces (fixed fields pad with spaces).
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
