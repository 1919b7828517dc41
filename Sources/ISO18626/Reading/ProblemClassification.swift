import CLibXML2
import Foundation
import XMLTree

/// Maps libxml2's schema-validity errors onto ISO 18626 error types, the way peers answer:
///
/// - anything wrong at the document element (wrong root, missing `ill:version`, no message inside) →
///   `BadlyFormedMessage`, as crosslink answers an empty `ISO18626Message`;
/// - a bad value of `action` → `UnsupportedActionType`, of `reasonForMessage` → `UnsupportedReasonForMessageType`
///   (crosslink: "X is not a valid action" / "X is not a valid reason");
/// - a bad value of any other typed element or attribute (status, serviceType, dateTime, decimal…) →
///   `UnrecognisedDataValue` (crosslink: "X is not a valid status");
/// - an element that is missing, unexpected or out of place → `UnrecognisedDataElement`.
enum ProblemClassification {
    /// The ISO 18626 error type for a schema-validity problem.
    static func errorType(of problem: XMLProblem) -> ErrorType {
        guard problem.elementNames.count > 1 else { return .badlyFormedMessage }
        guard isValueProblem(problem) else { return .unrecognisedDataElement }
        switch problem.elementName {
        case "action": return .unsupportedActionType
        case "reasonForMessage": return .unsupportedReasonForMessageType
        default: return .unrecognisedDataValue
        }
    }

    /// `path: what is wrong (line n)`.
    static func errorValue(of problem: XMLProblem) -> String {
        let path = problem.elementPath.map { $0 + ": " } ?? ""
        let what: String
        if isValueProblem(problem), let value = problem.value, let expected = expectedType(of: problem) {
            what = "\(quoted(value)) is not a valid \(expected)"
        } else {
            what = cleaned(problem.message)
        }
        return path + what + (problem.line.map { " (line \($0))" } ?? "")
    }

    /// `not well-formed XML: message (line n)`, for parser errors.
    static func wellFormednessValue(of problem: XMLProblem) -> String {
        "not well-formed XML: \(cleaned(problem.message))" + (problem.line.map { " (line \($0))" } ?? "")
    }

    /// The value in single quotes, shortened so a huge value cannot bloat the confirmation.
    static func quoted(_ value: String) -> String {
        let trimmed = value.trimmingWhitespace()
        let shown = trimmed.count > 80 ? String(trimmed.prefix(80)) + "…" : trimmed
        return "'\(shown)'"
    }

    /// Facet and datatype failures (`cvc-datatype-valid`, `cvc-enumeration-valid`, `cvc-pattern-valid`…), which
    /// libxml2 numbers from `XML_SCHEMAV_VALUE` to `XML_SCHEMAV_CVC_ENUMERATION_VALID`.
    private static func isValueProblem(_ problem: XMLProblem) -> Bool {
        let range = Int32(XML_SCHEMAV_VALUE.rawValue)...Int32(XML_SCHEMAV_CVC_ENUMERATION_VALID.rawValue)
        return range.contains(problem.code) && problem.elementName?.hasPrefix("@") == false
    }

    /// `xs:dateTime` and the like from "…atomic type 'xs:dateTime'", else the element's name (`status`).
    private static func expectedType(of problem: XMLProblem) -> String? {
        if let start = problem.message.range(of: "atomic type 'xs:") {
            let type = problem.message[start.upperBound...].prefix { $0 != "'" }
            return "xs:" + type
        }
        return problem.elementName
    }

    /// libxml2's message without the namespace in braces and without its `Element '…': ` preamble.
    private static func cleaned(_ message: String) -> String {
        var text = message.replacingOccurrences(of: "{" + LibXML.namespace + "}", with: "")
        if text.hasPrefix("Element '"), let end = text.range(of: "': ") {
            text = String(text[end.upperBound...])
        }
        return text.trimmingWhitespace()
    }
}
