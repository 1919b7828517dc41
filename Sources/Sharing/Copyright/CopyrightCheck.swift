import Foundation

/// Decides whether a copy may be sent, before it is sent, from the rules as data.
public enum CopyrightCheck {
    /// The verdict for a copy request, given how many copies of the same title were already supplied this year
    /// within the covering rule's scope (find that rule with `CopyrightRules.rule(covering:)`).
    public static func verdict(
        for facts: CopyRequestFacts, priorCopiesThisYear: Int, rules: CopyrightRules
    ) -> CopyrightVerdict {
        guard let rule = rules.rule(covering: facts) else { return .notCovered(compliance: rules.defaultCompliance) }
        if let refusal = shareRefusal(rule, facts) { return refusal }
        guard let limit = rule.copiesPerTitlePerYear else {
            return .allowed(compliance: rule.copyrightCompliance, rule: rule.id, remaining: nil)
        }
        let prior = max(priorCopiesThisYear, 0)
        guard prior < limit else { return yearlyRefusal(rule, facts, prior: prior, limit: limit) }
        return .allowed(compliance: rule.copyrightCompliance, rule: rule.id, remaining: limit - prior - 1)
    }

    /// A refusal when the copy takes more of the work than the rule allows; none when the pages are not known.
    static func shareRefusal(_ rule: CopyrightRule, _ facts: CopyRequestFacts) -> CopyrightVerdict? {
        guard let share = rule.maxShareOfWork, let pages = facts.pagesRequested, let total = facts.totalPages,
            total > 0, Double(pages) > (share * Double(total)).rounded()
        else { return nil }
        let percent = DecimalText.number(share * 100, places: 0)
        return .refused(
            rule: rule.id,
            reason: "\(rule.nameEn): \(pages) of \(total) pages is more than \(percent)% of the work",
            reasonZh: "\(rule.nameZh)：申请复制\(pages)页，超过全书\(total)页的\(percent)%")
    }

    static func yearlyRefusal(_ rule: CopyrightRule, _ facts: CopyRequestFacts, prior: Int, limit: Int)
        -> CopyrightVerdict
    {
        let year = facts.requestYear
        let whom = rule.scope == .consortium ? "within the consortium" : "to the requesting library"
        let whomZh = rule.scope == .consortium ? "联盟内已提供" : "已向申请馆提供"
        return .refused(
            rule: rule.id,
            reason: "\(rule.nameEn): \(prior) copies from this title were already supplied \(whom) in \(year);"
                + " the limit is \(limit) a year",
            reasonZh: "\(rule.nameZh)：\(year)年\(whomZh)该题名的复制件\(prior)份，已达每年\(limit)份的上限")
    }
}
