import Circulation
import PinakesCore
import Testing

@Suite struct RefusalsSpeakToTheReaderInBothLanguages {
    static let all: [CirculationRefusal] = [
        .cardBlocked(.fines), .cardExpired(on: Sample.date("2025-03-05")),
        .noLoanRule(category: .child, itemType: .audiovisual, library: "GUSU"), .itemNotLoanable(.reference),
        .loanLimitReached(limit: 10), .holdsNotAllowed(.reference), .holdLimitReached(limit: 5), .noOpenDayAhead,
        .alreadyOnLoan(barcode: "31007"), .heldForAnotherReader(barcode: "31007"), .notOnLoan,
        .itemRecordedLost(barcode: "31007"), .itemClaimedReturned(barcode: "31007"), .renewalLimitReached(limit: 2),
        .requestedByAnotherReader(barcode: "31007"), .holdAlreadyPlaced, .holdCannotChange(.readyForPickup),
        .holdSuspended, .copyDoesNotFillHold(barcode: "31008"), .notThePickupLibrary(Sample.central),
        .holdNotYetExpired(until: nil), .transitAlreadyOpen, .transitNotOpen(.received),
        .transitForAnotherLibrary(Sample.gusu), .unknownCard("D0001"), .cardPending, .cardReplaced("D0001"),
        .unknownItem(barcode: "31009"), .itemNotAvailable(barcode: "31007", status: "in-transit"),
        .unknownLibrary("NOWHERE"), .notYourLoan, .unknownHold, .noCopiesToRequest, .invalidAmount,
    ]

    @Test(arguments: all)
    func eachRefusalHasAnEnglishAndAChineseMessage(_ refusal: CirculationRefusal) {
        #expect(refusal.english.hasSuffix("."))
        #expect(refusal.chinese.hasSuffix("。"))
        #expect(refusal.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(refusal.description == refusal.english)
    }

    @Test func messagesCarryWhatTheReaderMustBeTold() {
        #expect(CirculationRefusal.cardExpired(on: Sample.date("2025-03-05")).english.contains("2025-03-05"))
        #expect(CirculationRefusal.cardExpired(on: Sample.date("2025-03-05")).chinese.contains("2025-03-05"))
        #expect(CirculationRefusal.renewalLimitReached(limit: 2).english.contains("2 times"))
        #expect(CirculationRefusal.requestedByAnotherReader(barcode: "31007").chinese.contains("31007"))
        #expect(CirculationRefusal.cardBlocked(.lostCard).chinese.contains("挂失"))
        #expect(CirculationRefusal.holdCannotChange(.readyForPickup).english.contains("hold shelf"))
    }

    @Test func everyMessageIsDifferent() {
        #expect(Set(Self.all.map(\.english)).count == Self.all.count)
        #expect(Set(Self.all.map(\.chinese)).count == Self.all.count)
    }
}
