import Catalog

/// An SRU diagnostic (`info:srw/diagnostic/1/N`, the SRU diagnostics list) with what was wrong, answered with
/// HTTP 200 inside `<diagnostics>` as SRU requires.
struct SRUDiagnostic: Error, Sendable, Hashable {
    /// The number in the SRU diagnostics list.
    var number: Int
    /// What exactly was wrong: the parameter, value or position (the list's "details").
    var details: String
    /// The list's message, followed by the explanation for people when there is one.
    var message: String

    init(_ number: Int, details: String, explanation: String? = nil) {
        self.number = number
        self.details = details
        let standard = Self.standardMessages[number] ?? "Diagnostic \(number)"
        self.message = explanation.map { "\(standard): \($0)" } ?? standard
    }

    /// A CQL parse or mapping error as its diagnostic, the position and explanation in the details.
    init(_ error: CQLError) {
        self.number = error.diagnostic.rawValue
        self.details = error.description
        self.message = error.diagnostic.message
    }

    /// The diagnostic's URI.
    var uri: String { "info:srw/diagnostic/1/\(number)" }

    /// The messages of the diagnostics this server sends (SRU diagnostics list, "general", "result sets",
    /// "records" and "sorting" groups).
    static let standardMessages: [Int: String] = [
        1: "General system error",
        4: "Unsupported operation",
        5: "Unsupported version",
        6: "Unsupported parameter value",
        7: "Mandatory parameter not supplied",
        8: "Unsupported parameter",
        61: "First record position out of range",
        64: "Record temporarily unavailable",
        66: "Unknown schema for retrieval",
        71: "Unsupported record packing",
        72: "XPath retrieval unsupported",
        80: "Sort not supported",
        83: "Too many sort keys",
    ]

    // Shorthands for the diagnostics raised in several places.

    /// 6: a parameter has a value this server does not accept.
    static func badValue(_ parameter: String, _ explanation: String) -> SRUDiagnostic {
        SRUDiagnostic(6, details: parameter, explanation: explanation)
    }

    /// 7: a parameter the operation needs is missing.
    static func missing(_ parameter: String) -> SRUDiagnostic {
        SRUDiagnostic(7, details: parameter, explanation: "\(parameter) is needed")
    }
}
