import Foundation

/// Builds indented XML text element by element, escaping everything it is given.
struct XMLComposer {
    private(set) var output = ""
    private let depth: Int

    init(depth: Int = 0) {
        self.depth = depth
    }

    private var indentation: String { String(repeating: "  ", count: depth) }

    /// An element with element content; written as `<name/>` when the body adds nothing.
    mutating func element(_ name: String, _ body: (inout XMLComposer) -> Void) {
        var inner = XMLComposer(depth: depth + 1)
        body(&inner)
        if inner.output.isEmpty {
            output += "\(indentation)<\(name)/>\n"
        } else {
            output += "\(indentation)<\(name)>\n\(inner.output)\(indentation)</\(name)>\n"
        }
    }

    /// An element with text content; nothing at all when the value is `nil`.
    mutating func text(_ name: String, _ value: String?, scheme: String? = nil) {
        guard let value else { return }
        let attribute = scheme.map { " ill:scheme=\"\(Self.escaped($0, inAttribute: true))\"" } ?? ""
        output += "\(indentation)<\(name)\(attribute)>\(Self.escaped(value, inAttribute: false))</\(name)>\n"
    }

    /// A `type_schemeValuePair` element.
    mutating func schemeValue(_ name: String, _ value: SchemeValue?) {
        guard let value else { return }
        text(name, value.value, scheme: value.scheme)
    }

    /// An `xs:dateTime` element, in UTC with milliseconds.
    mutating func date(_ name: String, _ value: Date?) {
        text(name, value.map(ISO18626DateTime.string(from:)))
    }

    /// A `type_yesNo` element.
    mutating func yesNo(_ name: String, _ value: Bool?) {
        text(name, value.map { $0 ? "Y" : "N" })
    }

    /// An `xs:boolean` element.
    mutating func boolean(_ name: String, _ value: Bool?) {
        text(name, value.map { $0 ? "true" : "false" })
    }

    /// An `xs:integer` element.
    mutating func integer(_ name: String, _ value: Int?) {
        text(name, value.map(String.init))
    }

    /// A closed-list element such as `status`.
    mutating func enumeration<Value: RawRepresentable>(_ name: String, _ value: Value?) where Value.RawValue == String {
        text(name, value?.rawValue)
    }

    /// Text made safe for XML 1.0: markup characters escaped, `\r` kept as a character reference (a parser would
    /// turn a raw one into `\n`), and characters XML 1.0 cannot carry at all replaced by U+FFFD.
    static func escaped(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
