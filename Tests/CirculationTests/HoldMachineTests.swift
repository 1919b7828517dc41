import Circulation
import Consortium
import PinakesCore
import Testing

/// Builds holds in given states for the hold suites: Alice asks for the title, to pick up at the central library.
enum HoldFixture {
    static let placedAt = Sample.at(2025, 3, 1)
    static let book = Sample.copy(7)
    static let capturedAt = Sample.at(2025, 3, 6, 15)

    static func place(
        reader: ReaderStanding = Sample.reader(), rule: PolicyRule = Sample.rule(), held: Int = 0,
        suspendedUntil: Int64? = nil
    ) -> HoldEvent {
        .place(
            PlaceHoldRequest(
                reader: reader, level: .title(Sample.title), itemType: .book, pickupLibrary: Sample.central,
                at: placedAt, rule: rule, calendar: Sample.branchCalendar, holdsHeld: held,
                suspendedUntil: suspendedUntil))
    }

    static func details(target: Identifier<CirculatingCopy>? = nil, notNeededAfter: Int64? = nil) -> HoldDetails {
        HoldDetails(
            reader: Sample.alice, level: .title(Sample.title), pickupLibrary: Sample.central, placedAt: placedAt,
            notNeededAfter: notNeededAfter, shelfDays: 7, targetedCopy: target)
    }

    static var active: HoldState { .active(details()) }
    static var capture: HoldCapture { HoldCapture(copy: book, library: Sample.gusu, at: capturedAt) }
    static var inTransit: HoldState { .inTransit(details(), capture) }
    static let shelfExpiry = Sample.at(2025, 3, 13, 21)
    static var ready: HoldState { .readyForPickup(details(), capture, shelfExpiresAt: shelfExpiry) }

    static func captureHere(_ copy: CirculatingCopy = book, at library: Identifier<Library> = Sample.central)
        -> HoldEvent
    {
        .capture(copy: copy, library: library, at: capturedAt, calendar: Sample.branchCalendar)
    }
}

@Suite struct PlacingAHold {
    @Test func aHoldIsPlacedActiveWithTheShelfDaysOfItsRule() throws {
        let next = try HoldState.none.transition(on: HoldFixture.place())
        #expect(next.state == HoldFixture.active)
        #expect(next.effects.isEmpty)
    }

    @Test func aHoldCanBePlacedSuspended() throws {
        let next = try HoldState.none.transition(on: HoldFixture.place(suspendedUntil: Sample.at(2025, 4, 1)))
        #expect(next.state == .suspended(HoldFixture.details(), until: Sample.at(2025, 4, 1)))
    }

    @Test func aHoldIsPlacedOnce() {
        #expect(throws: CirculationRefusal.holdAlreadyPlaced) {
            try HoldFixture.active.transition(on: HoldFixture.place())
        }
    }

    @Test func typesWithoutHoldsAreRefused() {
        #expect(throws: CirculationRefusal.holdsNotAllowed(.book)) {
            try HoldState.none.transition(on: HoldFixture.place(rule: Sample.rule(holds: false)))
        }
    }

    @Test func theHoldLimitIsRefused() {
        #expect(throws: CirculationRefusal.holdLimitReached(limit: 5)) {
            try HoldState.none.transition(on: HoldFixture.place(held: 5))
        }
    }

    @Test func blockedAndExpiredCardsCannotPlaceHolds() {
        #expect(throws: CirculationRefusal.cardBlocked(.lostCard)) {
            try HoldState.none.transition(on: HoldFixture.place(reader: Sample.reader(blocks: [.lostCard])))
        }
        #expect(throws: CirculationRefusal.cardExpired(on: Sample.date("2025-02-28"))) {
            try HoldState.none.transition(on: HoldFixture.place(reader: Sample.reader(validThrough: "2025-02-28")))
        }
    }
}

@Suite struct SuspendingAndTargeting {
    @Test func suspendingDropsTheTarget() throws {
        let targeted = HoldState.active(HoldFixture.details(target: HoldFixture.book.id))
        let next = try targeted.transition(on: .suspend(until: nil, at: HoldFixture.placedAt))
        #expect(next.state == .suspended(HoldFixture.details(), until: nil))
    }

    @Test func onlyAnActiveHoldIsSuspended() {
        let suspended = HoldState.suspended(HoldFixture.details(), until: nil)
        #expect(throws: CirculationRefusal.holdCannotChange(.suspended)) {
            try suspended.transition(on: .suspend(until: nil, at: 0))
        }
        #expect(throws: CirculationRefusal.holdCannotChange(.readyForPickup)) {
            try HoldFixture.ready.transition(on: .suspend(until: nil, at: 0))
        }
    }

    @Test func resumingMakesItActiveAgain() throws {
        let next = try HoldState.suspended(HoldFixture.details(), until: nil).transition(on: .resume(at: 0))
        #expect(next.state == HoldFixture.active)
    }

    @Test func onlyASuspendedHoldResumes() {
        #expect(throws: CirculationRefusal.holdCannotChange(.active)) {
            try HoldFixture.active.transition(on: .resume(at: 0))
        }
    }

    @Test func theTargeterChoosesACopyOfTheTitle() throws {
        let next = try HoldFixture.active.transition(on: .targetCopy(HoldFixture.book))
        #expect(next.state == .active(HoldFixture.details(target: HoldFixture.book.id)))
    }

    @Test func aCopyOfAnotherTitleIsNotTargeted() {
        #expect(throws: CirculationRefusal.copyDoesNotFillHold(barcode: "31008")) {
            try HoldFixture.active.transition(on: .targetCopy(Sample.copy(8, title: Sample.otherTitle)))
        }
    }

    @Test func aSuspendedHoldIsNotTargeted() {
        #expect(throws: CirculationRefusal.holdSuspended) {
            try HoldState.suspended(HoldFixture.details(), until: nil).transition(on: .targetCopy(HoldFixture.book))
        }
    }

    @Test func aHoldOnTheShelfIsNotTargeted() {
        #expect(throws: CirculationRefusal.holdCannotChange(.readyForPickup)) {
            try HoldFixture.ready.transition(on: .targetCopy(HoldFixture.book))
        }
    }

    @Test func aMissingCopyIsReplacedOrDropped() throws {
        let targeted = HoldState.active(HoldFixture.details(target: HoldFixture.book.id))
        let other = Sample.copy(8)
        let replaced = try targeted.transition(on: .retarget(missing: HoldFixture.book, replacement: other))
        #expect(replaced.state == .active(HoldFixture.details(target: other.id)))
        let dropped = try targeted.transition(on: .retarget(missing: HoldFixture.book, replacement: nil))
        #expect(dropped.state == HoldFixture.active)
    }

    @Test func retargetingNeedsTheTargetedCopyAndAFittingReplacement() {
        let targeted = HoldState.active(HoldFixture.details(target: HoldFixture.book.id))
        #expect(throws: CirculationRefusal.copyDoesNotFillHold(barcode: "31009")) {
            try targeted.transition(on: .retarget(missing: Sample.copy(9), replacement: nil))
        }
        #expect(throws: CirculationRefusal.copyDoesNotFillHold(barcode: "31008")) {
            try targeted.transition(
                on: .retarget(missing: HoldFixture.book, replacement: Sample.copy(8, title: Sample.otherTitle)))
        }
    }
}
