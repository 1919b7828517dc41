import Circulation
import Consortium
import PinakesCore
import Testing

@Suite struct CheckinEndsALoanAnywhere {
    @Test func anOnTimeReturnAtHomeIsReshelved() throws {
        let next = try LoanFixture.onLoan().transition(on: LoanFixture.checkin(at: Sample.at(2025, 3, 27, 20)))
        #expect(next.state.status == .returned)
        #expect(next.effects == [.reshelve(LoanFixture.book.id, library: Sample.gusu)])
        guard case .returned(_, let ending) = next.state else { return }
        #expect(ending == LoanReturn(at: Sample.at(2025, 3, 27, 20), library: Sample.gusu))
    }

    @Test func aReturnAwayFromHomeStartsATransitHome() throws {
        let at = Sample.at(2025, 3, 20)
        let next = try LoanFixture.onLoan().transition(
            on: LoanFixture.checkin(at: at, library: Sample.tongli, routing: .sendHome(Sample.gusu)))
        let transit = TransitRequest(
            copy: LoanFixture.book.id, from: Sample.tongli, to: Sample.gusu, reason: .returnHome, at: at)
        #expect(next.effects == [.openTransit(transit)])
    }

    @Test func aCaptureLeavesTheTransitToTheHold() throws {
        let next = try LoanFixture.onLoan().transition(
            on: LoanFixture.checkin(
                at: Sample.at(2025, 3, 20), library: Sample.tongli,
                routing: .captureForTransit(Identifier(9), pickup: Sample.central)))
        #expect(next.effects.isEmpty)
    }

    @Test func aLateReturnIsFinedForOpenDaysOnly() throws {
        // Due Thursday 27 March, back Tuesday 1 April: Friday, Saturday, Sunday and Tuesday count, Monday not.
        let next = try LoanFixture.onLoan().transition(on: LoanFixture.checkin(at: Sample.at(2025, 4, 1)))
        #expect(next.effects.first == LoanFixture.fine(days: 4, amount: 40))
    }

    @Test func aLateReturnOnCalendarDaysCountsEveryDay() throws {
        let loan = LoanFixture.onLoan(rule: Sample.rule(counting: .calendarDays))
        let next = try loan.transition(on: LoanFixture.checkin(at: Sample.at(2025, 4, 1)))
        #expect(next.effects.first == LoanFixture.fine(days: 5, amount: 50))
    }

    @Test func theFineStopsAtTheCap() throws {
        let loan = LoanFixture.onLoan(rule: Sample.rule(fine: 50, cap: 300))
        let next = try loan.transition(on: LoanFixture.checkin(at: Sample.at(2025, 5, 1)))
        #expect(next.effects.first == LoanFixture.fine(days: 30, amount: 300, capped: true, perDay: 50))
    }

    @Test func aReturnAfterClosingOnTheDueDayIsNotFined() throws {
        let next = try LoanFixture.onLoan().transition(on: LoanFixture.checkin(at: Sample.at(2025, 3, 27, 23)))
        #expect(next.effects == [.reshelve(LoanFixture.book.id, library: Sample.gusu)])
    }

    @Test func aFreeRuleChargesNothing() throws {
        let next = try LoanFixture.onLoan(rule: Sample.rule(fine: 0)).transition(
            on: LoanFixture.checkin(at: Sample.at(2025, 5, 1)))
        #expect(!next.effects.contains { if case .chargeFine = $0 { return true } else { return false } })
    }

    @Test func aLostCopyFoundIsReturnedWithoutANewFine() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let next = try LoanState.lost(details, declaredAt: Sample.at(2025, 4, 20)).transition(
            on: LoanFixture.checkin(at: Sample.at(2025, 5, 1)))
        #expect(next.state.status == .returned)
        #expect(next.effects == [.reshelve(LoanFixture.book.id, library: Sample.gusu)])
    }

    @Test func aClaimedReturnedCopyFoundIsReturnedWithoutAFine() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let next = try LoanState.claimedReturned(details, claimedAt: Sample.at(2025, 4, 20)).transition(
            on: LoanFixture.checkin(at: Sample.at(2025, 5, 1)))
        #expect(next.state.status == .returned)
        #expect(next.effects.count == 1)
    }

    @Test func aCopyNotOnLoanCannotBeCheckedIn() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let checkin = LoanFixture.checkin(at: Sample.at(2025, 3, 20))
        #expect(throws: CirculationRefusal.notOnLoan) { try LoanState.none.transition(on: checkin) }
        #expect(throws: CirculationRefusal.notOnLoan) {
            try LoanState.returned(details, LoanReturn(at: 1, library: Sample.gusu)).transition(on: checkin)
        }
    }
}

@Suite struct LostAndClaimedReturned {
    let lostAt = Sample.at(2025, 4, 1)

    @Test func declaringLostChargesTheFineSoFar() throws {
        let next = try LoanFixture.onLoan().transition(on: .declareLost(at: lostAt, calendar: Sample.branchCalendar))
        #expect(next.state == .lost(try #require(LoanFixture.onLoan().details), declaredAt: lostAt))
        #expect(next.effects == [LoanFixture.fine(days: 4, amount: 40)])
    }

    @Test func aClaimCanLaterBeDeclaredLost() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let next = try LoanState.claimedReturned(details, claimedAt: 1).transition(
            on: .declareLost(at: lostAt, calendar: Sample.branchCalendar))
        #expect(next.state.status == .lost)
        #expect(next.effects.isEmpty)
    }

    @Test func onlyALoanOnLoanOrClaimedCanBeDeclaredLost() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let event = LoanEvent.declareLost(at: lostAt, calendar: Sample.branchCalendar)
        #expect(throws: CirculationRefusal.notOnLoan) { try LoanState.none.transition(on: event) }
        #expect(throws: CirculationRefusal.itemRecordedLost(barcode: "31007")) {
            try LoanState.lost(details, declaredAt: 1).transition(on: event)
        }
    }

    @Test func aClaimStopsTheLoan() throws {
        let next = try LoanFixture.onLoan().transition(on: .claimReturned(at: lostAt))
        #expect(next.state.status == .claimedReturned)
        #expect(next.effects.isEmpty)
        #expect(!next.state.isOverdue(at: lostAt))
    }

    @Test func onlyALoanOnLoanCanBeClaimedReturned() throws {
        let details = try #require(LoanFixture.onLoan().details)
        #expect(throws: CirculationRefusal.itemRecordedLost(barcode: "31007")) {
            try LoanState.lost(details, declaredAt: 1).transition(on: .claimReturned(at: lostAt))
        }
        #expect(throws: CirculationRefusal.itemClaimedReturned(barcode: "31007")) {
            try LoanState.claimedReturned(details, claimedAt: 1).transition(on: .claimReturned(at: lostAt))
        }
        #expect(throws: CirculationRefusal.notOnLoan) {
            try LoanState.none.transition(on: .claimReturned(at: lostAt))
        }
    }
}

@Suite struct LoanNoticesAreSentOnce {
    let window: Int64 = 3 * 86_400

    func notices(_ transition: Transition<LoanState>) -> [NoticeKind] {
        transition.effects.compactMap {
            if case .sendNotice(let notice) = $0 { return notice.kind } else { return nil }
        }
    }

    @Test func dueSoonOnceThenOverdueOnce() throws {
        let first = try LoanFixture.onLoan().transition(
            on: .sendNotices(at: Sample.at(2025, 3, 25), dueSoonWindow: window))
        #expect(notices(first) == [.dueSoon])
        let again = try first.state.transition(on: .sendNotices(at: Sample.at(2025, 3, 26), dueSoonWindow: window))
        #expect(notices(again) == [])
        let late = try again.state.transition(on: .sendNotices(at: Sample.at(2025, 3, 28), dueSoonWindow: window))
        #expect(notices(late) == [.overdue])
        let later = try late.state.transition(on: .sendNotices(at: Sample.at(2025, 3, 29), dueSoonWindow: window))
        #expect(notices(later) == [])
    }

    @Test func theNoticeNamesTheReaderCopyAndDueDate() throws {
        let next = try LoanFixture.onLoan().transition(
            on: .sendNotices(at: Sample.at(2025, 3, 28), dueSoonWindow: window))
        let expected = Notice(
            kind: .overdue, reader: Sample.alice, copy: LoanFixture.book.id, library: Sample.gusu,
            deadline: LoanFixture.dueAt, at: Sample.at(2025, 3, 28))
        #expect(next.effects == [.sendNotice(expected)])
    }

    @Test func nothingIsSentFarFromTheDueDate() throws {
        let next = try LoanFixture.onLoan().transition(
            on: .sendNotices(at: Sample.at(2025, 3, 10), dueSoonWindow: window))
        #expect(next.effects.isEmpty)
        #expect(next.state == LoanFixture.onLoan())
    }

    @Test func aRenewalMakesANewDueDateWorthANewNotice() throws {
        let warned = try LoanFixture.onLoan().transition(
            on: .sendNotices(at: Sample.at(2025, 3, 25), dueSoonWindow: window))
        let renewed = try warned.state.transition(on: LoanFixture.renew(at: Sample.at(2025, 3, 26)))
        let next = try renewed.state.transition(on: .sendNotices(at: Sample.at(2025, 4, 14), dueSoonWindow: window))
        #expect(notices(next) == [.dueSoon])
    }

    @Test func endedLoansSendNothing() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let event = LoanEvent.sendNotices(at: Sample.at(2025, 4, 28), dueSoonWindow: window)
        #expect(try LoanState.claimedReturned(details, claimedAt: 1).transition(on: event).effects.isEmpty)
        #expect(try LoanState.none.transition(on: event).effects.isEmpty)
    }
}
