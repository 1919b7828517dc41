import Circulation
import Consortium
import PinakesCore
import Testing

/// Builds loans in given states for the loan suites.
enum LoanFixture {
    static let book = Sample.copy(7)
    static let checkoutAt = Sample.at(2025, 3, 6, 15)
    static let dueAt = Sample.at(2025, 3, 27, 21)

    static func checkout(
        reader: ReaderStanding = Sample.reader(), rule: PolicyRule = Sample.rule(), loansHeld: Int = 0,
        held: Bool = false, calendar: LibraryCalendar = Sample.branchCalendar, at: Int64 = checkoutAt
    ) -> LoanEvent {
        .checkout(
            CheckoutRequest(
                reader: reader, copy: book, library: Sample.gusu, at: at, rule: rule, calendar: calendar,
                loansHeld: loansHeld, heldForAnotherReader: held))
    }

    static func onLoan(rule: PolicyRule = Sample.rule(), renewals: Int = 0) -> LoanState {
        .onLoan(
            LoanDetails(
                reader: Sample.alice, copy: book, library: Sample.gusu, checkedOutAt: checkoutAt, dueAt: dueAt,
                renewals: renewals, rule: rule))
    }

    static func renew(at: Int64, waiting: Bool = false, reader: ReaderStanding = Sample.reader()) -> LoanEvent {
        .renew(RenewalRequest(at: at, reader: reader, anotherReaderWaiting: waiting, calendar: Sample.branchCalendar))
    }

    static func checkin(at: Int64, library: Identifier<Library> = Sample.gusu, routing: CheckinDecision? = nil)
        -> LoanEvent
    {
        .checkin(
            LoanCheckin(
                at: at, library: library, routing: routing ?? .stay(.atHome), calendar: Sample.branchCalendar))
    }

    static func fine(days: Int, amount: Int, capped: Bool = false, perDay: Int = 10) -> CirculationEffect {
        .chargeFine(
            FineCharge(
                reader: Sample.alice, copy: book.id, days: days, perDayCents: perDay, amountCents: amount,
                capped: capped))
    }
}

@Suite struct CheckoutStartsALoan {
    @Test func aCheckoutSetsTheDueDateOnAnOpenDayAndKeepsTheRule() throws {
        let next = try LoanState.none.transition(on: LoanFixture.checkout())
        #expect(next.effects == [.setDueDate(LoanFixture.dueAt)])
        #expect(next.state.status == .onLoan)
        #expect(next.state.details?.rule.id == "adult-book")
        #expect(next.state.details?.library == Sample.gusu)
        #expect(!next.state.isOverdue(at: LoanFixture.dueAt))
        #expect(next.state.isOverdue(at: LoanFixture.dueAt + 1))
    }

    @Test func anHourlyLoanIsDueWithinTheDay() throws {
        let next = try LoanState.none.transition(on: LoanFixture.checkout(rule: Sample.rule(period: .hours(3))))
        #expect(next.effects == [.setDueDate(Sample.at(2025, 3, 6, 18))])
    }

    @Test func aCopyAlreadyOnLoanIsRefused() {
        #expect(throws: CirculationRefusal.alreadyOnLoan(barcode: "31007")) {
            try LoanFixture.onLoan().transition(on: LoanFixture.checkout())
        }
    }

    @Test func aBlockedCardIsRefused() {
        #expect(throws: CirculationRefusal.cardBlocked(.fines)) {
            try LoanState.none.transition(on: LoanFixture.checkout(reader: Sample.reader(blocks: [.fines])))
        }
    }

    @Test func anExpiredCardIsRefused() {
        #expect(throws: CirculationRefusal.cardExpired(on: Sample.date("2025-03-05"))) {
            try LoanState.none.transition(on: LoanFixture.checkout(reader: Sample.reader(validThrough: "2025-03-05")))
        }
    }

    @Test func aCardValidThroughTodayStillBorrows() throws {
        let next = try LoanState.none.transition(
            on: LoanFixture.checkout(reader: Sample.reader(validThrough: "2025-03-06")))
        #expect(next.state.status == .onLoan)
    }

    @Test func aCopyHeldForAnotherReaderIsRefused() {
        #expect(throws: CirculationRefusal.heldForAnotherReader(barcode: "31007")) {
            try LoanState.none.transition(on: LoanFixture.checkout(held: true))
        }
    }

    @Test func aNonLoanableTypeIsRefused() {
        #expect(throws: CirculationRefusal.itemNotLoanable(.book)) {
            try LoanState.none.transition(on: LoanFixture.checkout(rule: Sample.rule(loanable: false)))
        }
    }

    @Test func theLoanLimitIsRefused() throws {
        #expect(throws: CirculationRefusal.loanLimitReached(limit: 10)) {
            try LoanState.none.transition(on: LoanFixture.checkout(loansHeld: 10))
        }
        #expect(try LoanState.none.transition(on: LoanFixture.checkout(loansHeld: 9)).state.status == .onLoan)
    }

    @Test func aLibraryWithNoOpenDayCannotLend() {
        #expect(throws: CirculationRefusal.noOpenDayAhead) {
            try LoanState.none.transition(on: LoanFixture.checkout(calendar: Sample.shutCalendar))
        }
    }
}

@Suite struct RenewalExtendsALoan {
    @Test func aRenewalCountsFromTheDayOfRenewal() throws {
        let next = try LoanFixture.onLoan().transition(on: LoanFixture.renew(at: Sample.at(2025, 3, 20)))
        // Thursday 20 March + 21 days = Thursday 10 April.
        #expect(next.effects == [.setDueDate(Sample.at(2025, 4, 10, 21))])
        #expect(next.state.status == .renewed)
        #expect(next.state.details?.renewals == 1)
    }

    @Test func anEarlyRenewalNeverShortensTheLoan() throws {
        let short = Sample.rule(period: .days(7))
        let next = try LoanFixture.onLoan(rule: short).transition(on: LoanFixture.renew(at: Sample.at(2025, 3, 7)))
        #expect(next.effects == [.setDueDate(LoanFixture.dueAt)])
    }

    @Test func anOverdueRenewalChargesTheFineSoFar() throws {
        // Due Thursday 27 March; renewed Tuesday 1 April: Fri, Sat, Sun, Tue are open days (Monday is not).
        let next = try LoanFixture.onLoan().transition(on: LoanFixture.renew(at: Sample.at(2025, 4, 1)))
        #expect(next.effects.first == LoanFixture.fine(days: 4, amount: 40))
        #expect(next.effects.last == .setDueDate(Sample.at(2025, 4, 22, 21)))
    }

    @Test func theRenewalLimitIsRefused() {
        #expect(throws: CirculationRefusal.renewalLimitReached(limit: 2)) {
            try LoanFixture.onLoan(renewals: 2).transition(on: LoanFixture.renew(at: Sample.at(2025, 3, 20)))
        }
    }

    @Test func aTitleAnotherReaderIsWaitingForIsRefused() {
        #expect(throws: CirculationRefusal.requestedByAnotherReader(barcode: "31007")) {
            try LoanFixture.onLoan().transition(on: LoanFixture.renew(at: Sample.at(2025, 3, 20), waiting: true))
        }
    }

    @Test func aBlockedCardCannotRenew() {
        #expect(throws: CirculationRefusal.cardBlocked(.manual)) {
            try LoanFixture.onLoan().transition(
                on: LoanFixture.renew(at: Sample.at(2025, 3, 20), reader: Sample.reader(blocks: [.manual])))
        }
    }

    @Test func anExpiredCardCannotRenew() {
        #expect(throws: CirculationRefusal.cardExpired(on: Sample.date("2025-03-10"))) {
            try LoanFixture.onLoan().transition(
                on: LoanFixture.renew(at: Sample.at(2025, 3, 20), reader: Sample.reader(validThrough: "2025-03-10")))
        }
    }

    @Test func onlyALoanOnLoanRenews() throws {
        let details = try #require(LoanFixture.onLoan().details)
        let renew = LoanFixture.renew(at: Sample.at(2025, 3, 20))
        #expect(throws: CirculationRefusal.notOnLoan) { try LoanState.none.transition(on: renew) }
        #expect(throws: CirculationRefusal.notOnLoan) {
            try LoanState.returned(details, LoanReturn(at: 1, library: Sample.gusu)).transition(on: renew)
        }
        #expect(throws: CirculationRefusal.itemRecordedLost(barcode: "31007")) {
            try LoanState.lost(details, declaredAt: 1).transition(on: renew)
        }
        #expect(throws: CirculationRefusal.itemClaimedReturned(barcode: "31007")) {
            try LoanState.claimedReturned(details, claimedAt: 1).transition(on: renew)
        }
    }
}
