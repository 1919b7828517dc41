/// A small RFC 8259 JSON parser over UTF-8 bytes, enough for MARC-in-JSON.
struct JSONParser {
    private let bytes: [UInt8]
    private(set) var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// True when only whitespace remains.
    mutating func atEnd() -> Bool {
        skipSpace()
        return index >= bytes.count
    }

    /// The next value; throws ``MARCError/malformedJSON(offset:message:)``.
    mutating func value() throws(MARCError) -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[index] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: return try literal("true", .bool(true))
        case 0x66: return try literal("false", .bool(false))
        case 0x6E: return try literal("null", .null)
        default: return try number()
        }
    }

    private func fail(_ message: String) -> MARCError { .malformedJSON(offset: index, message: message) }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(MARCError) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw fail("expected \"\(Character(Unicode.Scalar(byte)))\"")
        }
        index += 1
    }

    private mutating func object() throws(MARCError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if index < bytes.count && bytes[index] == 0x7D {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a member name") }
            let key = try string()
            try expect(0x3A)
            members.append((key, try value()))
            skipSpace()
            guard index < bytes.count else { throw fail("unexpected end of input in an object") }
            index += 1
            if bytes[index - 1] == 0x7D { return .object(members) }
            guard bytes[index - 1] == 0x2C else { throw fail("expected , or } in an object") }
        }
    }

    private mutating func array() throws(MARCError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count && bytes[index] == 0x5D {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            skipSpace()
            guard index < bytes.count else { throw fail("unexpected end of input in an array") }
            index += 1
            if bytes[index - 1] == 0x5D { return .array(elements) }
            guard bytes[index - 1] == 0x2C else { throw fail("expected , or ] in an array") }
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(MARCError) -> JSONValue {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw fail("unexpected character")
        }
        index += expected.count
        return value
    }

    private mutating func number() throws(MARCError) -> JSONValue {
        let start = index
        while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
        guard index > start else { throw fail("unexpected character") }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func string() throws(MARCError) -> String {
        index += 1
        var output: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22: return String(decoding: output, as: UTF8.self)
            case 0x5C: try escape(into: &output)
            default: output.append(byte)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func escape(into output: inout [UInt8]) throws(MARCError) {
        guard index < bytes.count else { throw fail("unterminated escape") }
        let byte = bytes[index]
        index += 1
        let simple: [UInt8: UInt8] = [
            0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09,
        ]
        if let plain = simple[byte] {
            output.append(plain)
            return
        }
        guard byte == 0x75 else { throw fail("unknown escape") }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code), bytes.count - index >= 6, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
            index += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
        }
        output.append(contentsOf: String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
    }

    private mutating func hex4() throws(MARCError) -> UInt32 {
        guard bytes.count - index >= 4,
            let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw fail("bad \\u escape") }
        index += 4
        return code
    }
}
