/// One rule of the matrix as the "why" view lists it, with its verdict.
public struct PolicyCandidate: Sendable, Hashable, Codable {
    public var rule: PolicyRule
    public var verdict: PolicyVerdict

    public init(rule: PolicyRule, verdict: PolicyVerdict) {
        self.rule = rule
        self.verdict = verdict
    }
}
