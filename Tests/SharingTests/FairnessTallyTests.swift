import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct FairnessTallyCountsRequestsNotLines {
    let since = LedgerFixtures.at("2025-06-01T00:00:00+08:00")

    @Test func acrossTheLedgerEachAgencyCountsItsOwnLoansAndBorrowings() {
        let tally = FairnessTally.make(member: nil, entries: LedgerFixtures.june, since: since)
        #expect(tally.count(for: LedgerFixtures.central) == FairnessCount(lent: 2, borrowed: 1))
        #expect(tally.count(for: LedgerFixtures.university) == FairnessCount(lent: 1, borrowed: 1))
        #expect(tally.count(for: LedgerFixtures.museum) == FairnessCount(lent: 1, borrowed: 1))
        #expect(tally.count(for: AgencyID(value: "CN-NONE")) == FairnessCount())
    }

    @Test func seenFromAMemberTheCountsAreReciprocal() {
        let tally = FairnessTally.make(member: LedgerFixtures.central, entries: LedgerFixtures.june, since: since)
        #expect(tally.count(for: LedgerFixtures.university) == FairnessCount(lent: 0, borrowed: 1))
        #expect(tally.count(for: LedgerFixtures.museum) == FairnessCount(lent: 1, borrowed: 0))
        #expect(tally.counts[LedgerFixtures.central] == nil)
    }

    @Test func linesBeforeTheWindowAreLeftOut() {
        let later = LedgerFixtures.at("2025-06-15T00:00:00+08:00")
        let tally = FairnessTally.make(member: nil, entries: LedgerFixtures.june, since: later)
        #expect(tally.count(for: LedgerFixtures.central) == FairnessCount(lent: 1, borrowed: 0))
    }

    @Test func theTallyFeedsTheRotasFairness() {
        let tally = FairnessTally.make(member: nil, entries: LedgerFixtures.june, since: since)
        let candidates = [LedgerFixtures.central, LedgerFixtures.university].map { agency in
            let count = tally.count(for: agency)
            return LenderCandidate(
                agency: agency, name: agency.value, availableCopies: 1, lentCount: count.lent,
                borrowedCount: count.borrowed)
        }
        let rota = LenderSelection.rota(for: candidates, service: .loan)
        #expect(rota.agencies == [LedgerFixtures.university, LedgerFixtures.central])
        #expect(rota.entries.map(\.loansOwed) == [0, -1])
    }
}
