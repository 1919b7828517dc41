/// XML 1.0 text for SRU responses: markup characters escaped and characters XML cannot carry replaced.
enum SRUXMLText {
    /// `text` safe for element content and for double-quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // A raw carriage return would be read back as a newline (XML 1.0 §2.11).
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// An element with escaped text content; nothing when `value` is nil.
    static func element(_ name: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "<\(name)>\(escaped(value))</\(name)>"
    }

    /// XML 1.0 §2.2 `Char`.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
