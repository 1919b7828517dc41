import Foundation

/// Why a set of copyright rules could not be loaded; the message names the rule and the field.
public enum CopyrightRulesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bundled `copyright-rules.json` is not in the module's resources.
    case missingResource(String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The text is not JSON, or not the shape of a rules document.
    case malformedJSON(String)
    /// A rule (by id, or `rules[N]` when it has none) has an unusable field.
    case invalidField(rule: String, field: String, problem: String)
    /// Two rules share an id.
    case duplicateRule(String)

    /// The problem as one English sentence.
    public var description: String {
        switch self {
        case .missingResource(let name): return "the bundled copyright rules \(name) are missing"
        case .unreadable(let path, let reason): return "copyright rules file \(path) cannot be read: \(reason)"
        case .malformedJSON(let reason): return "copyright rules are not valid JSON: \(reason)"
        case .invalidField(let rule, let field, let problem):
            return "copyright rule \(rule), field \(field): \(problem)"
        case .duplicateRule(let id): return "copyright rule id \(id) is used more than once"
        }
    }
}
