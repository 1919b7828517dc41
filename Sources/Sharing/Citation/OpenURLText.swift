import Foundation

/// Turning one raw OpenURL query value into clean text, repairing what real resolvers receive: `+` for space,
/// percent-encoded UTF-8 or Latin-1, `%uXXXX`, JSON-style `\uXXXX` escapes left by log dumps, HTML entities
/// (`&amp;`), UTF-8 read as Windows-1252, and runs of spaces.
enum OpenURLText {
    /// The value as text; what had to be repaired is added to `notes`, naming the key.
    static func decode(_ raw: Substring, key: String, latin1: Bool, notes: inout [String]) -> String {
        let bytes = percentDecoded(raw)
        var text: String
        if latin1 {
            text = String(String.UnicodeScalarView(bytes.map(WindowsLatin1.scalar(for:))))
        } else {
            let decoded = WindowsLatin1.decode(bytes)
            text = decoded.text
            if decoded.hadOtherBytes { notes.append("\(key): bytes that are not UTF-8 were read as Latin-1") }
        }
        if text.contains("\\") {
            let unescaped = BackslashEscapes.decode(text)
            text = unescaped.text
            if unescaped.cutOff { notes.append("\(key): the value ends in a cut-off escape; the rest is lost") }
        }
        if text.contains("&") { text = HTMLEntities.decode(text) }
        if let repaired = WindowsLatin1.repairingMojibake(text) {
            text = repaired
            notes.append("\(key): UTF-8 that had been read as Latin-1 was repaired")
        }
        return tidy(text)
    }

    /// Percent-decoding with `+` as space (HTML form encoding, which OpenURL KEV uses); `%uXXXX` is read as a
    /// code point and a `%` not followed by two hex digits stays as it is.
    static func percentDecoded(_ raw: Substring) -> [UInt8] {
        let bytes = Array(raw.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(0x20)
            } else if b == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]),
                let low = hex(bytes[i + 2])
            {
                out.append(high << 4 | low)
                i += 2
            } else if b == UInt8(ascii: "%"), let (scalar, length) = percentU(bytes, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += length - 1
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// `%uXXXX` at `index`, the old JavaScript `escape()` form.
    static func percentU(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 5 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "u") else { return nil }
        var value: UInt32 = 0
        for b in bytes[(index + 2)...(index + 5)] {
            guard let digit = hex(b) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return Unicode.Scalar(value).map { ($0, 6) }
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Whitespace runs as one space, trimmed, in Unicode NFC (`u` + combining diaeresis → `ü`).
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").precomposedStringWithCanonicalMapping
    }
}
