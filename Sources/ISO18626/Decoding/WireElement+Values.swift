import Foundation
import XMLTree

/// Typed access to children, named after the XSD types they decode.
extension WireElement {
    /// The first child with this name.
    func optional(_ name: String) -> WireElement? {
        children.first { $0.name == name }
    }

    /// Every child with this name, in order.
    func all(_ name: String) -> [WireElement] {
        children.filter { $0.name == name }
    }

    /// The child the schema requires.
    func required(_ name: String) throws(WireProblem) -> WireElement {
        guard let child = optional(name) else {
            throw WireProblem(path: path, message: "missing \(name)", line: line)
        }
        return child
    }

    /// An `xs:string` child, exactly as sent.
    func string(_ name: String) -> String? {
        optional(name)?.text
    }

    /// A required `xs:string` child.
    func requiredString(_ name: String) throws(WireProblem) -> String {
        try required(name).text
    }

    /// A `type_schemeValuePair` child.
    func schemeValue(_ name: String) -> SchemeValue? {
        optional(name).map(\.schemeValue)
    }

    /// This element as a `type_schemeValuePair`.
    var schemeValue: SchemeValue {
        SchemeValue(scheme: scheme, value: text)
    }

    /// The text with XML Schema's `collapse` whitespace rule applied at the ends, for typed values.
    var token: String { text.trimmingWhitespace() }

    /// An `xs:dateTime` child.
    func date(_ name: String) throws(WireProblem) -> Date? {
        try optional(name)?.dateValue()
    }

    /// A required `xs:dateTime` child.
    func requiredDate(_ name: String) throws(WireProblem) -> Date {
        try required(name).dateValue()
    }

    /// This element as an `xs:dateTime`.
    func dateValue() throws(WireProblem) -> Date {
        guard let date = ISO18626DateTime.date(from: token) else { throw invalid("xs:dateTime") }
        return date
    }

    /// A `type_yesNo` child (`Y`/`N`).
    func yesNo(_ name: String) throws(WireProblem) -> Bool? {
        guard let child = optional(name) else { return nil }
        switch child.token {
        case "Y": return true
        case "N": return false
        default: throw child.invalid("Y or N")
        }
    }

    /// An `xs:boolean` child (`true`, `false`, `1`, `0`).
    func boolean(_ name: String) throws(WireProblem) -> Bool? {
        guard let child = optional(name) else { return nil }
        switch child.token {
        case "true", "1": return true
        case "false", "0": return false
        default: throw child.invalid("xs:boolean")
        }
    }

    /// An `xs:integer` child that fits an `Int`.
    func integer(_ name: String) throws(WireProblem) -> Int? {
        guard let child = optional(name) else { return nil }
        let token = child.token.hasPrefix("+") ? String(child.token.dropFirst()) : child.token
        guard let value = Int(token) else { throw child.invalid("integer within \(Int.min)…\(Int.max)") }
        return value
    }

    /// A closed-list child such as `status` or `serviceType`.
    func enumeration<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws(WireProblem) -> Value?
    where Value.RawValue == String {
        try optional(name)?.enumerationValue(as: type)
    }

    /// This element as a closed-list value.
    func enumerationValue<Value: RawRepresentable>(as type: Value.Type) throws(WireProblem) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: token) else { throw invalid(name) }
        return value
    }

    /// A problem naming this element and its value.
    func invalid(_ expected: String) -> WireProblem {
        WireProblem(path: path, message: "\(ProblemClassification.quoted(text)) is not a valid \(expected)", line: line)
    }
}
