import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct MonthlyStatementsKeepCurrenciesApart {
    let statement: MonthlyStatement

    init() throws {
        statement = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 6, timeZone: LedgerFixtures.shanghai,
            entries: LedgerFixtures.june)
    }

    @Test func onlyTheMembersLinesAreListedInBookingOrder() {
        #expect(statement.lines.map(\.entryID) == [1, 2, 3, 4])
        #expect(statement.lines.map(\.role) == [.lent, .lent, .borrowed, .lent])
        #expect(statement.lines[2].counterpart == LedgerFixtures.museum)
        #expect(statement.lines[2].signedCents == -300)
    }

    @Test func eachCurrencyHasItsOwnTotalsAndNet() throws {
        #expect(statement.totals.map(\.currency) == ["CNY", "USD"])
        let yuan = try #require(statement.total(in: "CNY"))
        #expect(yuan.owedToMemberCents == 1_250)
        #expect(yuan.owedByMemberCents == 300)
        #expect(yuan.netCents == 950)
        #expect(statement.total(in: "USD") == StatementTotal(currency: "USD", owedToMemberCents: 500))
        #expect(statement.total(in: "EUR") == nil)
    }

    @Test func eachCounterpartHasASubtotalPerCurrency() {
        let subtotals = statement.counterparts.map {
            "\($0.counterpart.value) \($0.currency) \($0.netCents) \($0.lineCount)"
        }
        #expect(subtotals == ["CN-SZ-MUS CNY -300 1", "CN-SZ-UNI CNY 1250 2", "NYU USD 500 1"])
    }

    @Test func servicesAreCountedOncePerRequest() {
        var expected = StatementCounts()
        expected.loansSupplied = 1
        expected.copiesSupplied = 1
        expected.copiesReceived = 1
        #expect(statement.counts == expected)
    }

    @Test func anEmptyMonthHasNoLinesAndNoTotals() throws {
        let july = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 7, timeZone: LedgerFixtures.shanghai,
            entries: LedgerFixtures.june)
        #expect(july.lines.isEmpty)
        #expect(july.totals.isEmpty)
        #expect(july.counts == StatementCounts())
        #expect(july.csv() == MonthlyStatement.csvColumns.joined(separator: ",") + "\r\n")
    }
}

@Suite struct MonthBoundariesFollowTheMembersTimeZone {
    let entries = [
        LedgerFixtures.entry(
            1, "2025-05-31T23:59:59+08:00", request: "LAST-MAY", lender: LedgerFixtures.central,
            borrower: LedgerFixtures.university, cents: 100),
        LedgerFixtures.entry(
            2, "2025-05-31T16:30:00Z", request: "FIRST-JUNE", lender: LedgerFixtures.central,
            borrower: LedgerFixtures.university, cents: 200),
    ]

    @Test func halfPastMidnightInShanghaiIsJuneThoughUTCSaysMay() throws {
        let may = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 5, timeZone: LedgerFixtures.shanghai, entries: entries)
        let june = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 6, timeZone: LedgerFixtures.shanghai, entries: entries)
        #expect(may.lines.map(\.requestID) == ["LAST-MAY"])
        #expect(june.lines.map(\.requestID) == ["FIRST-JUNE"])
        #expect(june.lines.first?.localDate == "2025-06-01")
        #expect(may.lines.first?.localDate == "2025-05-31")
        #expect(june.periodStart == LedgerFixtures.at("2025-05-31T16:00:00Z"))
    }

    @Test func inUTCBothFallInMay() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let may = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 5, timeZone: utc, entries: entries)
        #expect(may.lines.count == 2)
    }

    @Test func decemberEndsWhereTheNewYearBegins() throws {
        let newYear = [
            LedgerFixtures.entry(
                1, "2025-12-31T23:00:00+08:00", request: "DEC", lender: LedgerFixtures.central,
                borrower: LedgerFixtures.museum, cents: 100),
            LedgerFixtures.entry(
                2, "2026-01-01T00:00:00+08:00", request: "JAN", lender: LedgerFixtures.central,
                borrower: LedgerFixtures.museum, cents: 100),
        ]
        let december = try MonthlyStatement.make(
            member: LedgerFixtures.central, year: 2025, month: 12, timeZone: LedgerFixtures.shanghai, entries: newYear)
        #expect(december.lines.map(\.requestID) == ["DEC"])
        #expect(december.periodEnd == LedgerFixtures.at("2026-01-01T00:00:00+08:00"))
    }

    @Test func aMonthOutsideOneToTwelveIsRefused() {
        #expect(throws: StatementError.invalidMonth(year: 2025, month: 13)) {
            try MonthlyStatement.make(
                member: LedgerFixtures.central, year: 2025, month: 13, timeZone: LedgerFixtures.shanghai, entries: [])
        }
    }
}
