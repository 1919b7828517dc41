import Foundation

/// The answer of the copyright check for one copy request.
public enum CopyrightVerdict: Sendable, Hashable {
    /// The copy may be sent; send `compliance` in ISO 18626 `copyrightCompliance`. `remaining` is how many more
    /// copies of the title the year allows after this one (none when the rule sets no yearly limit).
    case allowed(compliance: String, rule: String, remaining: Int?)
    /// The copy must not be sent, with the reason in English and Chinese.
    case refused(rule: String, reason: String, reasonZh: String)
    /// No rule covers the request; send the default `compliance`.
    case notCovered(compliance: String)

    /// Whether the copy may be sent.
    public var permitsCopy: Bool {
        if case .refused = self { return false }
        return true
    }

    /// The `copyrightCompliance` value to send, when the copy may be sent.
    public var compliance: String? {
        switch self {
        case .allowed(let compliance, _, _), .notCovered(let compliance): return compliance
        case .refused: return nil
        }
    }
}
