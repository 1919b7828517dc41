import Logging

/// JSON text for log lines: strings escaped per RFC 8259, and swift-log metadata values as JSON values.
enum JSONText {
    /// Appends `value` as a JSON string, quotes included.
    static func appendString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Appends a metadata value: a number or boolean given as `.stringConvertible` stays a JSON number or
    /// boolean, a dictionary an object, an array an array, anything else a string.
    static func append(_ value: Logger.Metadata.Value, to out: inout String) {
        switch value {
        case .string(let text):
            appendString(text, to: &out)
        case .stringConvertible(let convertible):
            appendConvertible(convertible, to: &out)
        case .dictionary(let dictionary):
            out += "{"
            for (index, key) in dictionary.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                appendString(key, to: &out)
                out += ":"
                if let nested = dictionary[key] { append(nested, to: &out) }
            }
            out += "}"
        case .array(let array):
            out += "["
            for (index, nested) in array.enumerated() {
                if index > 0 { out += "," }
                append(nested, to: &out)
            }
            out += "]"
        }
    }

    private static func appendConvertible(_ value: any CustomStringConvertible & Sendable, to out: inout String) {
        switch value {
        case let flag as Bool:
            out += flag ? "true" : "false"
        case is Int, is Int64, is Int32, is UInt, is UInt64, is UInt32:
            out += value.description
        case let number as Double where number.isFinite:
            out += "\(number)"
        default:
            appendString(value.description, to: &out)
        }
    }
}
