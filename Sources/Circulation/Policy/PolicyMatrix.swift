import PinakesCore

/// The loan policy as data: library groups and rules keyed by reader category, item type and scope. The most
/// specific applicable rule wins: scope first (library > group > consortium), then the key (category and type >
/// type > category > neither), then the rule listed first.
public struct PolicyMatrix: Sendable, Hashable, Codable {
    public var groups: [LibraryGroup]
    public var rules: [PolicyRule]

    public init(groups: [LibraryGroup] = [], rules: [PolicyRule]) {
        self.groups = groups
        self.rules = rules
    }

    /// The rule that applies, or a refusal naming what was asked when none does.
    public func resolve(_ query: PolicyQuery) throws(CirculationRefusal) -> PolicyRule {
        guard let rule = explain(query).chosen else {
            throw .noLoanRule(category: query.readerCategory, itemType: query.itemType, library: query.libraryCode)
        }
        return rule
    }

    /// Every rule with its verdict for `query`; the "why" view.
    public func explain(_ query: PolicyQuery) -> PolicyExplanation {
        var applicable: [(index: Int, rule: PolicyRule)] = []
        var others: [PolicyCandidate] = []
        for (index, rule) in rules.enumerated() {
            if let mismatch = mismatch(rule, query) {
                others.append(PolicyCandidate(rule: rule, verdict: .doesNotApply(mismatch)))
            } else {
                applicable.append((index, rule))
            }
        }
        applicable.sort { rank($0.rule, $0.index) < rank($1.rule, $1.index) }
        guard let winner = applicable.first?.rule else {
            return PolicyExplanation(query: query, chosen: nil, candidates: others)
        }
        let ranked = applicable.enumerated().map { position, entry in
            PolicyCandidate(rule: entry.rule, verdict: position == 0 ? .chosen : verdict(entry.rule, against: winner))
        }
        return PolicyExplanation(query: query, chosen: winner, candidates: ranked + others)
    }

    /// The groups `libraryCode` belongs to, by name.
    public func groups(of libraryCode: String) -> Set<String> {
        let code = libraryCode.uppercased()
        return Set(groups.filter { $0.libraries.contains(code) }.map(\.name))
    }

    /// Sort key, smaller first: narrower scope, then more specific key, then matrix order.
    private func rank(_ rule: PolicyRule, _ index: Int) -> (Int, Int, Int) {
        (-rule.scope.specificity, -rule.keySpecificity, index)
    }

    private func verdict(_ rule: PolicyRule, against winner: PolicyRule) -> PolicyVerdict {
        if rule.scope.specificity < winner.scope.specificity { return .outrankedByScope(winner: winner.id) }
        if rule.keySpecificity < winner.keySpecificity { return .outrankedByKey(winner: winner.id) }
        return .laterInMatrix(winner: winner.id)
    }

    private func mismatch(_ rule: PolicyRule, _ query: PolicyQuery) -> PolicyMismatch? {
        if let category = rule.readerCategory, category != query.readerCategory {
            return .otherReaderCategory(category)
        }
        if let type = rule.itemType, type != query.itemType { return .otherItemType(type) }
        switch rule.scope {
        case .library(let code) where code != query.libraryCode: return .otherLibrary(code)
        case .group(let name) where !groups(of: query.libraryCode).contains(name): return .notInGroup(name)
        default: return nil
        }
    }
}
