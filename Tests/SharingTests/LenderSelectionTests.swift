import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct AvailableLendersComeBeforeFairerOnes {
    @Test func aCopyOnTheShelfOutranksEveryFairnessScore() {
        let busy = RotaFixtures.lender("CN-BUSY", copies: 1, lent: 500, borrowed: 0, km: 900, cents: 9_000, days: 20)
        let owing = RotaFixtures.lender("CN-OWING", copies: 0, lent: 0, borrowed: 500, km: 1, cents: 0, days: 1)
        let rota = LenderSelection.rota(for: [owing, busy], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-BUSY", "CN-OWING"])
        #expect(rota.entries[0].tier == .onShelfNow)
        #expect(rota.entries[1].tier == .notOnShelf)
        #expect(rota.entries[1].score > rota.entries[0].score)
    }

    @Test func aLibraryClosedTodayComesBetweenOpenShelvesAndEmptyOnes() {
        let open = RotaFixtures.lender("CN-OPEN", copies: 1, lent: 50)
        let closed = RotaFixtures.lender("CN-CLOSED", copies: 3, borrowed: 50, closed: true)
        let empty = RotaFixtures.lender("CN-EMPTY", copies: 0, borrowed: 90)
        let rota = LenderSelection.rota(for: [empty, closed, open], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-OPEN", "CN-CLOSED", "CN-EMPTY"])
        #expect(rota.entries.map(\.tier) == [.onShelfNow, .onShelfClosedToday, .notOnShelf])
        #expect(rota.entries[1].reasons[0].contains("closed today"))
    }

    @Test func moreCopiesOnTheShelfScoreHigherWhenAllElseIsEqual() {
        let rota = LenderSelection.rota(
            for: [RotaFixtures.lender("CN-A", copies: 1), RotaFixtures.lender("CN-B", copies: 4)], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-B", "CN-A"])
        #expect(rota.entries[0].parts.availability == RotaWeights.standard.availability)
        #expect(rota.entries[1].parts.availability == RotaWeights.standard.availability / 4)
    }
}

@Suite struct FairnessFollowsReShareLoanToBorrowTarget {
    @Test func aLenderThatBorrowedMoreThanItLentIsAskedFirst() {
        let generous = RotaFixtures.lender("CN-GIVES", lent: 40, borrowed: 10)
        let taker = RotaFixtures.lender("CN-TAKES", lent: 10, borrowed: 40)
        let rota = LenderSelection.rota(for: [generous, taker], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-TAKES", "CN-GIVES"])
        #expect(rota.entries[0].loansOwed == 30)
        #expect(rota.entries[1].loansOwed == -30)
        #expect(
            rota.entries[0].reasons.contains(
                "lent 10 and borrowed 40; at 1 loan per borrowing it owes 30 loans, so asked earlier"))
        #expect(rota.entries[1].reasons.contains { $0.contains("has lent 30 more than its share") })
    }

    @Test func theLendersOwnRatioSetsItsTarget() {
        // Both lent 10 and borrowed 20. At one loan per two borrowings A is at its target; B at 1:1 owes 10.
        let halfRatio = RotaFixtures.lender("CN-A", lent: 10, borrowed: 20, ratio: 0.5)
        let parity = RotaFixtures.lender("CN-B", lent: 10, borrowed: 20)
        let rota = LenderSelection.rota(for: [halfRatio, parity], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-B", "CN-A"])
        #expect(rota.entries.map(\.loansOwed) == [10, 0])
        #expect(rota.entries[1].reasons.contains { $0.contains("in balance") })
    }

    @Test func theDefaultRatioComesFromTheWeights() {
        let weights = RotaWeights(loanToBorrowRatio: 2)
        let rota = LenderSelection.rota(
            for: [RotaFixtures.lender("CN-A", lent: 10, borrowed: 20)], service: .loan, weights: weights)
        #expect(rota.entries[0].loansOwed == 30)
    }
}

@Suite struct DistanceCostAndTurnaroundBreakCloseCalls {
    @Test func theNearerLenderIsAskedFirst() {
        let rota = LenderSelection.rota(
            for: [RotaFixtures.lender("CN-FAR", km: 1_200), RotaFixtures.lender("CN-NEAR", km: 12)], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-NEAR", "CN-FAR"])
        #expect(rota.entries[0].parts.distance == RotaWeights.standard.distance)
        #expect(rota.entries[1].parts.distance == 0)
        #expect(rota.entries[0].reasons.contains("12 km away"))
    }

    @Test func theCheaperAndFasterLenderWins() {
        let cheap = RotaFixtures.lender("CN-CHEAP", cents: 500, days: 5)
        let dear = RotaFixtures.lender("CN-DEAR", cents: 2_000, days: 5)
        let fast = RotaFixtures.lender("CN-FAST", cents: 2_000, days: 1)
        let rota = LenderSelection.rota(for: [dear, fast, cheap], service: .copy)
        #expect(RotaFixtures.order(rota) == ["CN-CHEAP", "CN-FAST", "CN-DEAR"])
        #expect(rota.entries[0].reasons.contains("charges 5.00 CNY"))
    }

    @Test func anUnknownDistanceScoresBetweenTheNearestAndTheFarthest() {
        let rota = LenderSelection.rota(
            for: [
                RotaFixtures.lender("CN-FAR", km: 500), RotaFixtures.lender("CN-UNKNOWN"),
                RotaFixtures.lender("CN-NEAR", km: 5),
            ], service: .loan)
        #expect(RotaFixtures.order(rota) == ["CN-NEAR", "CN-UNKNOWN", "CN-FAR"])
        #expect(rota.entries[1].reasons.contains("distance unknown, scored as middling"))
    }

    @Test func chargesInAnotherCurrencyAreNotComparedWithTheCommonOne() {
        let rota = LenderSelection.rota(
            for: [
                RotaFixtures.lender("CN-A", cents: 1_000), RotaFixtures.lender("CN-B", cents: 3_000),
                RotaFixtures.lender("US-C", cents: 1, currency: "USD"),
            ], service: .copy)
        let usd = rota.entries.first { $0.agency.value == "US-C" }
        #expect(usd?.parts.cost == RotaWeights.standard.cost * RotaWeights.standard.unknownScore)
        #expect(usd?.reasons.contains("charges 0.01 USD, not compared with charges in CNY") == true)
        #expect(RotaFixtures.order(rota) == ["CN-A", "US-C", "CN-B"])
    }

    @Test func thePartsAddUpToTheScore() {
        let rota = LenderSelection.rota(
            for: [
                RotaFixtures.lender("CN-A", copies: 2, lent: 3, borrowed: 9, km: 40, cents: 800, days: 2),
                RotaFixtures.lender("CN-B", copies: 1, lent: 9, borrowed: 3, km: 4, cents: 200, days: 6),
            ], service: .loan)
        for entry in rota.entries {
            let p = entry.parts
            #expect(abs(p.availability + p.fairness + p.distance + p.cost + p.turnaround - entry.score) < 1e-12)
            #expect(entry.reasons.last?.hasPrefix("score ") == true)
        }
    }
}

@Suite struct TiesFallBackToAgencyID {
    @Test func equalLendersAreOrderedByAgencyIDWhateverTheInputOrder() {
        let lenders = ["CN-D", "CN-B", "CN-A", "CN-C"].map { RotaFixtures.lender($0) }
        var generator = RotaFixtures.Seeded(state: 7)
        for _ in 0..<5 {
            let rota = LenderSelection.rota(for: lenders.shuffled(using: &generator), service: .loan)
            #expect(RotaFixtures.order(rota) == ["CN-A", "CN-B", "CN-C", "CN-D"])
            #expect(rota.entries.map(\.rank) == [1, 2, 3, 4])
        }
    }

    @Test func theIDTypeDecidesBeforeTheValue() {
        let oclc = LenderCandidate(agency: RotaFixtures.agency("AAA", type: "OCLC"), name: "O", availableCopies: 1)
        let isil = LenderCandidate(agency: RotaFixtures.agency("ZZZ", type: "ISIL"), name: "I", availableCopies: 1)
        let rota = LenderSelection.rota(for: [oclc, isil], service: .loan)
        #expect(rota.entries.map(\.agency.type) == ["ISIL", "OCLC"])
    }
}

@Suite struct ExcludedLendersAreListedWithTheirReason {
    @Test func lendersWithoutTheServiceOrSuspendedAreNotAsked() {
        let rota = LenderSelection.rota(
            for: [
                RotaFixtures.lender("CN-LOANS", services: [.loan]), RotaFixtures.lender("CN-OFF", suspended: true),
                RotaFixtures.lender("CN-BOTH", services: [.copyOrLoan]), RotaFixtures.lender("CN-LOANS"),
            ], service: .copy)
        #expect(RotaFixtures.order(rota) == ["CN-BOTH"])
        #expect(rota.excluded.map(\.reason) == [.serviceNotOffered(.copy), .suspended, .duplicate])
        #expect(rota.excluded[0].explanation == "does not offer Copy (offers Loan)")
        #expect(rota.excluded[1].explanation == "suspended in the directory")
    }

    @Test func aCopyOrLoanRequestIsServedByEither() {
        let rota = LenderSelection.rota(
            for: [RotaFixtures.lender("CN-L", services: [.loan]), RotaFixtures.lender("CN-C", services: [.copy])],
            service: .copyOrLoan)
        #expect(RotaFixtures.order(rota) == ["CN-C", "CN-L"])
        #expect(rota.excluded.isEmpty)
    }

    @Test func noCandidatesGiveAnEmptyRota() {
        let rota = LenderSelection.rota(for: [], service: .loan)
        #expect(rota.isEmpty)
        #expect(rota.excluded.isEmpty)
        #expect(rota.next(after: nil) == nil)
    }
}

@Suite struct RotaWeightsAreData {
    @Test func theDefaultsPutAvailabilityFirstAndAddUpToOne() {
        let w = RotaWeights.standard
        #expect(w.availability > w.fairness && w.fairness > w.distance && w.distance > w.cost && w.cost > w.turnaround)
        #expect(abs(w.availability + w.fairness + w.distance + w.cost + w.turnaround - 1) < 1e-12)
    }

    @Test func weightsLeftOutOfTheJSONKeepTheirDefaults() throws {
        let weights = try JSONDecoder().decode(RotaWeights.self, from: Data(#"{"fairness": 0.9}"#.utf8))
        #expect(weights.fairness == 0.9)
        #expect(weights.distance == RotaWeights.standard.distance)
        #expect(try JSONDecoder().decode(RotaWeights.self, from: Data("{}".utf8)) == .standard)
    }

    @Test func aZeroWeightTakesTheFactorOut() {
        let weights = RotaWeights(distance: 0)
        let rota = LenderSelection.rota(
            for: [RotaFixtures.lender("CN-A", km: 900), RotaFixtures.lender("CN-B", km: 1)], service: .loan,
            weights: weights)
        #expect(RotaFixtures.order(rota) == ["CN-A", "CN-B"])
        #expect(rota.entries.allSatisfy { $0.parts.distance == 0 })
    }
}
