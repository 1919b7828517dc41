/// Writes the few JSON shapes the import stores on every record (strings, numbers, arrays of strings),
/// several times faster than `JSONEncoder`; read back with `JSONDecoder`.
struct JSONText {
    private(set) var text = "{"
    private var first = true

    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        Self.quote(value, into: &text)
    }

    mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        text += String(value)
    }

    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            Self.quote(value, into: &text)
        }
        text += "]"
    }

    /// The object, closed.
    var object: String { text + "}" }

    private mutating func key(_ name: String) {
        if !first { text += "," }
        first = false
        text += "\"" + name + "\":"
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped.
    static func quote(_ value: String, into text: inout String) {
        text += "\""
        var pending = Substring.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": pending += "\\\"".unicodeScalars
            case "\\": pending += "\\\\".unicodeScalars
            case "\n": pending += "\\n".unicodeScalars
            case "\r": pending += "\\r".unicodeScalars
            case "\t": pending += "\\t".unicodeScalars
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                pending += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars
            default: pending.append(scalar)
            }
        }
        text += String(pending)
        text += "\""
    }
}
