/// The "why" view of a resolution: the question, the rule chosen, and every rule with what became of it
/// (the chosen one first, then the other applicable rules best first, then those that do not apply).
public struct PolicyExplanation: Sendable, Hashable, Codable {
    public var query: PolicyQuery
    public var chosen: PolicyRule?
    public var candidates: [PolicyCandidate]

    public init(query: PolicyQuery, chosen: PolicyRule?, candidates: [PolicyCandidate]) {
        self.query = query
        self.chosen = chosen
        self.candidates = candidates
    }

    /// The explanation as lines of text, one per rule.
    public var lines: [String] {
        let head =
            "\(query.readerCategory.rawValue) reader, \(query.itemType) at \(query.libraryCode): "
            + (chosen.map { "rule \($0.id)" } ?? "no rule applies")
        return [head] + candidates.map { "\($0.rule.id) [\($0.rule.scope)]: \($0.verdict.english)" }
    }
}
