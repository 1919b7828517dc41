import Foundation
import ISO18626
import Sharing
import Testing

/// Facts of copy requests under the bundled rules.
enum CopyFixtures {
    static let journal = "issn:0022-4537"

    static func article(
        _ country: String? = "US", published: Int? = 2023, requested: Int = 2024, type: String = "article"
    ) -> CopyRequestFacts {
        CopyRequestFacts(
            titleKey: journal, publicationType: type, jurisdiction: country, publicationYear: published,
            requestYear: requested)
    }

    static func book(pages: Int?, of total: Int?, country: String? = "CN") -> CopyRequestFacts {
        CopyRequestFacts(
            titleKey: "isbn:9787020002207", publicationType: "book", jurisdiction: country, publicationYear: 2010,
            requestYear: 2024, pagesRequested: pages, totalPages: total)
    }
}

@Suite struct SixthCopyOfAJournalThisYearIsRefused {
    let rules: CopyrightRules

    init() throws {
        rules = try CopyrightRules.bundled()
    }

    @Test func theFifthCopyIsTheLastTheRuleOfFiveAllows() {
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article(), priorCopiesThisYear: 4, rules: rules)
        #expect(verdict == .allowed(compliance: "US-CCG", rule: "us-contu-rule-of-five", remaining: 0))
        #expect(verdict.compliance == "US-CCG")
    }

    @Test func theSixthCopyIsRefusedInEnglishAndChinese() throws {
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article(), priorCopiesThisYear: 5, rules: rules)
        guard case .refused(let rule, let reason, let reasonZh) = verdict else {
            Issue.record("expected a refusal, got \(verdict)")
            return
        }
        #expect(rule == "us-contu-rule-of-five")
        #expect(
            reason
                == "CONTU rule of five: 5 copies from this title were already supplied to the requesting library in"
                + " 2024; the limit is 5 a year")
        #expect(reasonZh == "CONTU 五篇规则：2024年已向申请馆提供该题名的复制件5份，已达每年5份的上限")
        #expect(!verdict.permitsCopy)
        #expect(verdict.compliance == nil)
    }

    @Test func theFirstCopyLeavesFourMore() {
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article(), priorCopiesThisYear: 0, rules: rules)
        #expect(verdict == .allowed(compliance: "US-CCG", rule: "us-contu-rule-of-five", remaining: 4))
    }

    @Test func anArticleFiveYearsOldStillCountsAndSixYearsOldFallsToSection108() {
        let fiveYears = CopyrightCheck.verdict(
            for: CopyFixtures.article(published: 2019), priorCopiesThisYear: 9, rules: rules)
        #expect(!fiveYears.permitsCopy)
        let sixYears = CopyrightCheck.verdict(
            for: CopyFixtures.article(published: 2018), priorCopiesThisYear: 9, rules: rules)
        #expect(sixYears == .allowed(compliance: "US-CCL", rule: "us-copyright-law-108", remaining: nil))
    }

    @Test func anArticleOfUnknownDateIsTreatedAsRecent() {
        let verdict = CopyrightCheck.verdict(
            for: CopyFixtures.article(published: nil), priorCopiesThisYear: 5, rules: rules)
        #expect(!verdict.permitsCopy)
    }

    @Test func aNegativeCountIsReadAsNone() {
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article(), priorCopiesThisYear: -3, rules: rules)
        #expect(verdict == .allowed(compliance: "US-CCG", rule: "us-contu-rule-of-five", remaining: 4))
    }
}

@Suite struct ChineseRulesLimitTheShareOfAWorkAndCopiesAYear {
    let rules: CopyrightRules

    init() throws {
        rules = try CopyrightRules.bundled()
    }

    @Test func aRequestNamingNoCountryFallsUnderTheNodesOwn() {
        #expect(rules.defaultJurisdiction == "CN")
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article(nil), priorCopiesThisYear: 9, rules: rules)
        #expect(
            verdict
                == .allowed(compliance: "CN-CopyrightLawArt24", rule: "cn-copyright-law-24-periodicals", remaining: 0))
        let eleventh = CopyrightCheck.verdict(for: CopyFixtures.article(nil), priorCopiesThisYear: 10, rules: rules)
        #expect(!eleventh.permitsCopy)
    }

    @Test func moreThanAThirdOfABookIsRefused() throws {
        let verdict = CopyrightCheck.verdict(
            for: CopyFixtures.book(pages: 120, of: 300), priorCopiesThisYear: 0, rules: rules)
        guard case .refused(let rule, let reason, let reasonZh) = verdict else {
            Issue.record("expected a refusal, got \(verdict)")
            return
        }
        #expect(rule == "cn-copyright-law-24-books")
        #expect(reason.hasSuffix("120 of 300 pages is more than 33% of the work"))
        #expect(reasonZh.hasSuffix("申请复制120页，超过全书300页的33%"))
    }

    @Test func aThirdOrLessIsAllowedAndUnknownTotalsAreNotGuessed() {
        let third = CopyrightCheck.verdict(
            for: CopyFixtures.book(pages: 100, of: 300), priorCopiesThisYear: 0, rules: rules)
        #expect(third == .allowed(compliance: "CN-CopyrightLawArt24", rule: "cn-copyright-law-24-books", remaining: 2))
        let unknown = CopyrightCheck.verdict(
            for: CopyFixtures.book(pages: 250, of: nil), priorCopiesThisYear: 0, rules: rules)
        #expect(unknown.permitsCopy)
    }

    @Test func theBookLimitCountsAcrossTheConsortium() throws {
        let rule = try #require(rules.rule(covering: CopyFixtures.book(pages: 10, of: 300)))
        #expect(rule.scope == .consortium)
        let verdict = CopyrightCheck.verdict(
            for: CopyFixtures.book(pages: 10, of: 300), priorCopiesThisYear: 3, rules: rules)
        guard case .refused(_, let reason, let reasonZh) = verdict else {
            Issue.record("expected a refusal, got \(verdict)")
            return
        }
        #expect(reason.contains("within the consortium in 2024"))
        #expect(reasonZh.contains("联盟内已提供"))
    }

    @Test func otherCountriesGetTheFallbackRule() {
        let verdict = CopyrightCheck.verdict(for: CopyFixtures.article("DE"), priorCopiesThisYear: 50, rules: rules)
        #expect(verdict == .allowed(compliance: "Other", rule: "other", remaining: nil))
    }

    @Test func loansAreNotCoveredByCopyRules() {
        var loan = CopyFixtures.article()
        loan.service = .loan
        #expect(
            CopyrightCheck.verdict(for: loan, priorCopiesThisYear: 99, rules: rules) == .notCovered(compliance: "Other")
        )
    }
}

@Suite struct TitleKeysPreferTheISSN {
    @Test func anISSNWithOrWithoutItsHyphenGivesOneKey() {
        #expect(CopyrightTitleKey.make(issn: "00224537", title: "Journal of Social Issues") == "issn:0022-4537")
        #expect(CopyrightTitleKey.make(issn: " 0022-4537 ", title: nil) == "issn:0022-4537")
        #expect(CopyrightTitleKey.make(issn: "0004637x", title: nil) == "issn:0004-637X")
    }

    @Test func anInvalidISSNFallsBackToTheFoldedTitle() {
        #expect(
            CopyrightTitleKey.make(issn: "0022-4538", title: "The Journal of Social Issues")
                == "title:journal of social issues")
        #expect(
            CopyrightTitleKey.make(issn: "edsupa", title: "JOURNAL OF SOCIAL ISSUES.")
                == "title:journal of social issues")
    }

    @Test func titlesFoldCaseAccentsWidthAndAmpersands() {
        #expect(CopyrightTitleKey.fold("Revue d’Études Françaises") == "revue d etudes francaises")
        #expect(CopyrightTitleKey.fold("Journal of Sport & Social Issues") == "journal of sport and social issues")
        #expect(CopyrightTitleKey.fold("ＡＢＣ　Ｑｕａｒｔｅｒｌｙ") == "abc quarterly")
        #expect(CopyrightTitleKey.fold("法制与社会 / Legal System and Society") == "法制与社会 legal system and society")
    }

    @Test func nothingToCountUnderGivesNoKey() {
        #expect(CopyrightTitleKey.make(issn: nil, title: nil) == nil)
        #expect(CopyrightTitleKey.make(issn: "", title: " – ") == nil)
    }
}
