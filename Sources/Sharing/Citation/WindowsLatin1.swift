import Foundation

/// Windows-1252, the superset of ISO 8859-1 (Latin-1) that "Latin-1" text on the web nearly always is: bytes
/// 0x80–0x9F are curly quotes, dashes and the euro sign; every other byte is the Latin-1 code point.
enum WindowsLatin1 {
    /// The characters of bytes 0x80…0x9F; bytes Windows leaves undefined keep their C1 code point.
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character of one byte.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The byte of one character, when the code page has it.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        guard let index = high.firstIndex(of: scalar.value) else { return nil }
        return UInt8(0x80 + index)
    }

    /// Bytes as text: UTF-8 where they form UTF-8, each other byte as Windows-1252. Says whether any byte was not
    /// UTF-8.
    static func decode(_ bytes: [UInt8]) -> (text: String, hadOtherBytes: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes[i])
            if length > 1, i + length <= bytes.count,
                let piece = String(validating: bytes[i..<(i + length)], as: UTF8.self)
            {
                scalars.append(contentsOf: piece.unicodeScalars)
                i += length
            } else {
                scalars.append(scalar(for: bytes[i]))
                i += 1
            }
        }
        return (String(scalars), true)
    }

    /// Bytes a UTF-8 sequence starting with `lead` takes (1 for ASCII and for bytes that cannot start one).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// Text that is UTF-8 once read as Windows-1252 (`Ã©` for `é`, `â€™` for `’`) turned back, when every
    /// character maps to a byte and the bytes are valid UTF-8 with at least one multi-byte sequence.
    static func repairingMojibake(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let suspicious = zip(scalars, scalars.dropFirst()).contains { lead, next in
            (0xC2...0xF4).contains(lead.value) && byte(for: next).map { (0x80...0xBF).contains($0) } == true
        }
        guard suspicious else { return nil }
        var bytes: [UInt8] = []
        for scalar in scalars {
            guard let b = byte(for: scalar) else { return nil }
            bytes.append(b)
        }
        guard let repaired = String(validating: bytes, as: UTF8.self), repaired != text else { return nil }
        return repaired
    }
}
