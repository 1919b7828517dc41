import Circulation
import Foundation
import Testing

@Suite struct TheMostSpecificRuleWins {
    static func terms(days: Int, loanable: Bool = true) -> LoanPolicy {
        LoanPolicy(
            loanable: loanable, loanPeriod: .days(days), maxRenewals: 2, maxLoans: 20, maxHolds: 10,
            holdShelfDays: 7, finePerDayCents: 10, fineCapCents: 1000)
    }

    static let matrix = PolicyMatrix(
        groups: [LibraryGroup(name: "rural", libraries: ["TONGLI", "luzhi"])],
        rules: [
            PolicyRule(id: "default", scope: .consortium, policy: terms(days: 30)),
            PolicyRule(
                id: "reference", itemType: .reference, scope: .consortium, policy: terms(days: 0, loanable: false)),
            PolicyRule(id: "child", readerCategory: .child, scope: .consortium, policy: terms(days: 20)),
            PolicyRule(
                id: "adult-book", readerCategory: .adult, itemType: .book, scope: .consortium, policy: terms(days: 28)),
            PolicyRule(id: "rural", scope: .group("rural"), policy: terms(days: 60)),
            PolicyRule(id: "gusu", scope: .library("GUSU"), policy: terms(days: 21)),
            PolicyRule(id: "gusu-av", itemType: .audiovisual, scope: .library("GUSU"), policy: terms(days: 7)),
        ])

    func chosen(_ category: ReaderCategory, _ type: ItemLoanType, _ library: String) throws -> String {
        try Self.matrix.resolve(PolicyQuery(readerCategory: category, itemType: type, libraryCode: library)).id
    }

    @Test func categoryAndTypeBeatABlanketRule() throws {
        #expect(try chosen(.adult, .book, "CEN") == "adult-book")
        #expect(try chosen(.senior, .book, "CEN") == "default")
    }

    @Test func theItemTypeOutranksTheCategory() throws {
        #expect(try chosen(.child, .reference, "CEN") == "reference")
        #expect(try chosen(.child, .book, "CEN") == "child")
    }

    @Test func aLibrarysOwnRuleBeatsTheConsortiumsMoreDetailedOne() throws {
        #expect(try chosen(.adult, .book, "GUSU") == "gusu")
        #expect(try chosen(.adult, .audiovisual, "GUSU") == "gusu-av")
    }

    @Test func aGroupRuleCoversItsLibrariesWhateverTheCase() throws {
        #expect(try chosen(.adult, .book, "TONGLI") == "rural")
        #expect(try chosen(.adult, .book, "Luzhi") == "rural")
        #expect(Self.matrix.groups(of: "tongli") == ["rural"])
    }

    @Test func equallySpecificRulesAreSettledByMatrixOrder() throws {
        let both = PolicyMatrix(
            groups: [LibraryGroup(name: "south", libraries: ["WUJ"]), LibraryGroup(name: "lake", libraries: ["WUJ"])],
            rules: [
                PolicyRule(id: "lake", scope: .group("lake"), policy: Self.terms(days: 14)),
                PolicyRule(id: "south", scope: .group("south"), policy: Self.terms(days: 21)),
            ])
        let explanation = both.explain(PolicyQuery(readerCategory: .adult, itemType: .book, libraryCode: "WUJ"))
        #expect(explanation.chosen?.id == "lake")
        #expect(explanation.candidates.map(\.verdict) == [.chosen, .laterInMatrix(winner: "lake")])
    }

    @Test func noApplicableRuleIsARefusalNamingTheQuestion() {
        let sparse = PolicyMatrix(rules: [
            PolicyRule(id: "child", readerCategory: .child, scope: .consortium, policy: Self.terms(days: 20))
        ])
        #expect(throws: CirculationRefusal.noLoanRule(category: .adult, itemType: .book, library: "CEN")) {
            try sparse.resolve(PolicyQuery(readerCategory: .adult, itemType: .book, libraryCode: "cen"))
        }
    }
}

@Suite struct TheWhyViewExplainsEveryRule {
    @Test func eachRuleGetsItsVerdict() {
        let explanation = TheMostSpecificRuleWins.matrix.explain(
            PolicyQuery(readerCategory: .adult, itemType: .book, libraryCode: "GUSU"))
        let verdicts = Dictionary(uniqueKeysWithValues: explanation.candidates.map { ($0.rule.id, $0.verdict) })
        #expect(explanation.chosen?.id == "gusu")
        #expect(explanation.candidates.first?.rule.id == "gusu")
        #expect(verdicts["gusu"] == .chosen)
        #expect(verdicts["adult-book"] == .outrankedByScope(winner: "gusu"))
        #expect(verdicts["default"] == .outrankedByScope(winner: "gusu"))
        #expect(verdicts["reference"] == .doesNotApply(.otherItemType(.reference)))
        #expect(verdicts["child"] == .doesNotApply(.otherReaderCategory(.child)))
        #expect(verdicts["rural"] == .doesNotApply(.notInGroup("rural")))
        #expect(verdicts["gusu-av"] == .doesNotApply(.otherItemType(.audiovisual)))
        #expect(explanation.candidates.count == 7)
    }

    @Test func applicableLosersAreListedBestFirst() {
        let explanation = TheMostSpecificRuleWins.matrix.explain(
            PolicyQuery(readerCategory: .adult, itemType: .audiovisual, libraryCode: "GUSU"))
        let applicable = explanation.candidates.filter {
            if case .doesNotApply = $0.verdict { return false }
            return true
        }
        #expect(applicable.map(\.rule.id) == ["gusu-av", "gusu", "default"])
        #expect(applicable[1].verdict == .outrankedByKey(winner: "gusu-av"))
    }

    @Test func theLinesReadAsSentences() {
        let lines = TheMostSpecificRuleWins.matrix.explain(
            PolicyQuery(readerCategory: .child, itemType: .reference, libraryCode: "CEN")
        ).lines
        #expect(lines.first == "child reader, reference at CEN: rule reference")
        #expect(lines.contains("reference [consortium]: chosen: the most specific rule that applies"))
        #expect(
            lines.contains(
                "child [consortium]: applies, but reference has the same scope and names more of category and item type"
            ))
        #expect(lines.contains("gusu [library:GUSU]: does not apply: it is for library GUSU"))
    }
}

@Suite struct TheMatrixIsData {
    @Test func itRoundTripsThroughJSON() throws {
        let data = try TheMostSpecificRuleWins.matrix.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"scope\" : \"library:GUSU\""))
        #expect(text.contains("\"scope\" : \"group:rural\""))
        #expect(text.contains("\"days\" : 28"))
        #expect(try PolicyMatrix.decode(data) == TheMostSpecificRuleWins.matrix)
    }

    @Test func hourlyLoansAreWrittenInHours() throws {
        let period = try JSONDecoder().decode(LoanPeriod.self, from: Data(#"{"hours": 4}"#.utf8))
        #expect(period == .hours(4))
        #expect(throws: (any Error).self) { try JSONDecoder().decode(LoanPeriod.self, from: Data("{}".utf8)) }
    }

    @Test func aBrokenMatrixIsRefusedWithEveryProblem() throws {
        let terms = TheMostSpecificRuleWins.terms(days: 14)
        var negative = terms
        negative.maxLoans = -1
        let broken = PolicyMatrix(rules: [
            PolicyRule(id: "a", itemType: .book, scope: .consortium, policy: terms),
            PolicyRule(id: "b", itemType: "BOOK", scope: .consortium, policy: terms),
            PolicyRule(id: "a", scope: .group("nowhere"), policy: negative),
        ])
        do {
            try broken.validate()
            Issue.record("a broken matrix was accepted")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("rule id a is used twice"))
            #expect(message.contains("rules a and b have the same category, item type and scope"))
            #expect(message.contains("names group nowhere, which is not defined"))
            #expect(message.contains("rule a: maxLoans is negative"))
        }
    }

    @Test func anUnknownScopeIsRefusedWhenRead() {
        let json = #"{"rules": [{"id": "x", "scope": "branch:GUSU", "policy": {}}]}"#
        #expect(throws: (any Error).self) { try PolicyMatrix.decode(Data(json.utf8)) }
    }

    @Test func theBundledMatrixLoadsAndKeepsReferenceInTheBuildingEverywhere() throws {
        let matrix = try PolicyMatrix.bundledDefault()
        #expect(matrix.rules.count >= 10)
        for code in ["CEN", "GUSU", "TONGLI", "BM1", "SUDA"] {
            for category in ReaderCategory.allCases {
                let query = PolicyQuery(readerCategory: category, itemType: .reference, libraryCode: code)
                let rule = try matrix.resolve(query)
                #expect(!rule.policy.loanable, "\(category) may borrow reference at \(code) by \(rule.id)")
                let book = try matrix.resolve(PolicyQuery(readerCategory: category, itemType: .book, libraryCode: code))
                #expect(book.policy.loanable)
            }
        }
        #expect(
            try matrix.resolve(PolicyQuery(readerCategory: .student, itemType: .book, libraryCode: "SUDA")).id
                == "university-student")
    }
}
