import Foundation

/// An ordered set of copyright rules: the first rule that covers a request decides it. Loaded from the bundled
/// `copyright-rules.json`, or from JSON an operator supplies; every rule is checked on load.
public struct CopyrightRules: Sendable, Hashable, Codable {
    /// `copyrightCompliance` sent when no rule covers a request (ISO 18626 list value `Other`).
    public var defaultCompliance: String
    /// ISO 3166-1 alpha-2 country whose law applies when a request's facts name none: the node's own.
    public var defaultJurisdiction: String?
    /// Rules in order of precedence.
    public var rules: [CopyrightRule]

    /// Rules from values, checked as a file would be.
    public init(
        rules: [CopyrightRule], defaultCompliance: String = "Other", defaultJurisdiction: String? = nil
    ) throws(CopyrightRulesError) {
        self.rules = rules
        self.defaultCompliance = defaultCompliance
        self.defaultJurisdiction = defaultJurisdiction
        try validate()
    }

    /// The first rule covering a request with these facts (a request naming no jurisdiction is taken to fall
    /// under `defaultJurisdiction`); the caller counts prior copies in the rule's scope.
    public func rule(covering facts: CopyRequestFacts) -> CopyrightRule? {
        var facts = facts
        facts.jurisdiction = facts.jurisdiction ?? defaultJurisdiction
        return rules.first { $0.covers.covers(facts) }
    }

    /// The rule with this id.
    public func rule(id: String) -> CopyrightRule? {
        rules.first { $0.id == id }
    }

    /// Refuses duplicate ids and unusable fields, naming the first problem found.
    public func validate() throws(CopyrightRulesError) {
        if defaultCompliance.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidField(rule: "(document)", field: "defaultCompliance", problem: "is empty")
        }
        if let country = defaultJurisdiction, country.count != 2 || country != country.uppercased() {
            throw .invalidField(
                rule: "(document)", field: "defaultJurisdiction", problem: "\"\(country)\" is not a code such as CN")
        }
        var ids: Set<String> = []
        for (index, rule) in rules.enumerated() {
            let name = rule.id.isEmpty ? "rules[\(index)]" : rule.id
            if let problem = rule.problems.first {
                throw .invalidField(rule: name, field: problem.field, problem: problem.problem)
            }
            if !ids.insert(rule.id).inserted { throw .duplicateRule(rule.id) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case defaultCompliance, defaultJurisdiction, rules
    }

    /// Reads and checks a rules document (`{"defaultCompliance": "Other", "defaultJurisdiction": "CN",
    /// "rules": [...]}`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        defaultCompliance = try c.decodeIfPresent(String.self, forKey: .defaultCompliance) ?? "Other"
        defaultJurisdiction = try c.decodeIfPresent(String.self, forKey: .defaultJurisdiction)
        rules = try c.decode([CopyrightRule].self, forKey: .rules)
        try validate()
    }
}
