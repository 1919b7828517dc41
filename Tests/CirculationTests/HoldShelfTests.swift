import Circulation
import Consortium
import PinakesCore
import Testing

@Suite struct CapturingACopyForAHold {
    @Test func aCaptureAtThePickupLibraryGoesOnTheShelfAndTellsTheReader() throws {
        let next = try HoldFixture.active.transition(on: HoldFixture.captureHere())
        let capture = HoldCapture(copy: HoldFixture.book, library: Sample.central, at: HoldFixture.capturedAt)
        // Thursday 6 March + 7 days = Thursday 13 March, closing at 21:00.
        #expect(next.state == .readyForPickup(HoldFixture.details(), capture, shelfExpiresAt: HoldFixture.shelfExpiry))
        let notice = Notice(
            kind: .holdReady, reader: Sample.alice, copy: HoldFixture.book.id, library: Sample.central,
            deadline: HoldFixture.shelfExpiry, at: HoldFixture.capturedAt)
        #expect(next.effects == [.sendNotice(notice)])
    }

    @Test func theShelfTimeSkipsTheWeeklyClosingDay() throws {
        let sunday = HoldEvent.capture(
            copy: HoldFixture.book, library: Sample.central, at: Sample.at(2025, 3, 2), calendar: Sample.branchCalendar)
        let next = try HoldFixture.active.transition(on: sunday)
        // Sunday 2 March + 1 day = Monday, closed: the shelf time ends when Tuesday closes.
        var oneDay = HoldFixture.details()
        oneDay.shelfDays = 1
        let short = try HoldState.active(oneDay).transition(on: sunday)
        guard case .readyForPickup(_, _, let week) = next.state, case .readyForPickup(_, _, let day) = short.state
        else {
            Issue.record("not on the shelf")
            return
        }
        #expect(week == Sample.at(2025, 3, 9, 17))
        #expect(day == Sample.at(2025, 3, 4, 21))
    }

    @Test func aCaptureElsewhereTravelsToThePickupLibrary() throws {
        let next = try HoldFixture.active.transition(on: HoldFixture.captureHere(at: Sample.gusu))
        #expect(next.state == HoldFixture.inTransit)
        let transit = TransitRequest(
            copy: HoldFixture.book.id, from: Sample.gusu, to: Sample.central, reason: .hold, at: HoldFixture.capturedAt)
        #expect(next.effects == [.openTransit(transit)])
    }

    @Test func aSuspendedHoldIsNotCaptured() {
        #expect(throws: CirculationRefusal.holdSuspended) {
            try HoldState.suspended(HoldFixture.details(), until: nil).transition(on: HoldFixture.captureHere())
        }
    }

    @Test func aCopyOfAnotherTitleIsNotCaptured() {
        #expect(throws: CirculationRefusal.copyDoesNotFillHold(barcode: "31008")) {
            try HoldFixture.active.transition(on: HoldFixture.captureHere(Sample.copy(8, title: Sample.otherTitle)))
        }
    }

    @Test func anItemLevelHoldTakesOnlyItsCopy() throws {
        var details = HoldFixture.details()
        details.level = .copy(HoldFixture.book.id)
        #expect(throws: CirculationRefusal.copyDoesNotFillHold(barcode: "31008")) {
            try HoldState.active(details).transition(on: HoldFixture.captureHere(Sample.copy(8)))
        }
        #expect(try HoldState.active(details).transition(on: HoldFixture.captureHere()).state.status == .readyForPickup)
    }

    @Test func aCaughtHoldIsNotCaughtAgain() {
        #expect(throws: CirculationRefusal.holdCannotChange(.inTransit)) {
            try HoldFixture.inTransit.transition(on: HoldFixture.captureHere())
        }
    }
}

@Suite struct ArrivalPickupAndTheEnd {
    let arrival = Sample.at(2025, 3, 8, 11)

    @Test func arrivalAtThePickupLibraryShelvesAndTellsTheReader() throws {
        let next = try HoldFixture.inTransit.transition(
            on: .arriveAtPickup(library: Sample.central, at: arrival, calendar: Sample.branchCalendar))
        // Saturday 8 March + 7 days = Saturday 15 March, closing at 17:00.
        let expires = Sample.at(2025, 3, 15, 17)
        #expect(next.state == .readyForPickup(HoldFixture.details(), HoldFixture.capture, shelfExpiresAt: expires))
        #expect(next.effects.count == 1)
        guard case .sendNotice(let notice) = next.effects.first else { return }
        #expect(notice.kind == .holdReady)
        #expect(notice.deadline == expires)
    }

    @Test func arrivalElsewhereIsRefused() {
        #expect(throws: CirculationRefusal.notThePickupLibrary(Sample.central)) {
            try HoldFixture.inTransit.transition(
                on: .arriveAtPickup(library: Sample.gusu, at: arrival, calendar: Sample.branchCalendar))
        }
    }

    @Test func onlyATravellingHoldArrives() {
        #expect(throws: CirculationRefusal.holdCannotChange(.active)) {
            try HoldFixture.active.transition(
                on: .arriveAtPickup(library: Sample.central, at: arrival, calendar: Sample.branchCalendar))
        }
    }

    @Test func theHolderBorrowsTheCopy() throws {
        let next = try HoldFixture.ready.transition(on: .checkoutToHolder(reader: Sample.alice, at: arrival))
        #expect(next.state == .fulfilled(HoldFixture.details(), HoldFixture.capture, at: arrival))
        #expect(next.effects.isEmpty)
    }

    @Test func anotherReaderCannotBorrowTheHeldCopy() {
        #expect(throws: CirculationRefusal.heldForAnotherReader(barcode: "31007")) {
            try HoldFixture.ready.transition(on: .checkoutToHolder(reader: Sample.bo, at: arrival))
        }
        #expect(throws: CirculationRefusal.holdCannotChange(.active)) {
            try HoldFixture.active.transition(on: .checkoutToHolder(reader: Sample.alice, at: arrival))
        }
    }

    @Test func anUncollectedCopyExpiresAndIsReleased() throws {
        let next = try HoldFixture.ready.transition(on: .expire(at: HoldFixture.shelfExpiry))
        #expect(next.state == .expired(HoldFixture.details(), at: HoldFixture.shelfExpiry))
        let notice = Notice(
            kind: .holdExpired, reader: Sample.alice, copy: HoldFixture.book.id, library: Sample.central,
            at: HoldFixture.shelfExpiry)
        #expect(next.effects == [.sendNotice(notice), .releaseCopy(HoldFixture.book.id)])
    }

    @Test func theShelfTimeIsKept() {
        #expect(throws: CirculationRefusal.holdNotYetExpired(until: HoldFixture.shelfExpiry)) {
            try HoldFixture.ready.transition(on: .expire(at: HoldFixture.shelfExpiry - 1))
        }
    }

    @Test func aWaitingHoldExpiresAfterNotNeededAfter() throws {
        let limit = Sample.at(2025, 4, 1)
        let waiting = HoldState.active(HoldFixture.details(notNeededAfter: limit))
        #expect(throws: CirculationRefusal.holdNotYetExpired(until: limit)) {
            try waiting.transition(on: .expire(at: limit))
        }
        let next = try waiting.transition(on: .expire(at: limit + 1))
        #expect(next.state.status == .expired)
        #expect(next.effects.count == 1)
        #expect(throws: CirculationRefusal.holdNotYetExpired(until: nil)) {
            try HoldFixture.active.transition(on: .expire(at: limit))
        }
    }

    @Test func aTravellingHoldDoesNotExpire() {
        #expect(throws: CirculationRefusal.holdCannotChange(.inTransit)) {
            try HoldFixture.inTransit.transition(on: .expire(at: Sample.at(2026, 1, 1)))
        }
    }

    @Test func cancellingAWaitingHoldHasNoEffects() throws {
        let next = try HoldFixture.active.transition(on: .cancel(at: arrival))
        #expect(next.state == .cancelled(HoldFixture.details(), at: arrival))
        #expect(next.effects.isEmpty)
        let suspended = try HoldState.suspended(HoldFixture.details(), until: nil).transition(on: .cancel(at: arrival))
        #expect(suspended.state.status == .cancelled)
    }

    @Test func cancellingACaughtHoldReleasesTheCopy() throws {
        #expect(
            try HoldFixture.ready.transition(on: .cancel(at: arrival)).effects == [.releaseCopy(HoldFixture.book.id)])
        #expect(
            try HoldFixture.inTransit.transition(on: .cancel(at: arrival)).effects == [
                .releaseCopy(HoldFixture.book.id)
            ])
    }

    @Test func anEndedHoldCannotBeCancelled() {
        let cancelled = HoldState.cancelled(HoldFixture.details(), at: 1)
        #expect(throws: CirculationRefusal.holdCannotChange(.cancelled)) {
            try cancelled.transition(on: .cancel(at: arrival))
        }
        #expect(throws: CirculationRefusal.holdCannotChange(.none)) {
            try HoldState.none.transition(on: .cancel(at: 1))
        }
    }
}
