import Circulation
import Foundation
import Testing

@Suite struct DueDatesFallOnOpenDays {
    let calendar = Sample.branchCalendar

    @Test func anOpenDayIsDueAtItsClosingTime() throws {
        // Thursday 2025-03-06 + 21 days = Thursday 2025-03-27, open until 21:00.
        let due = try calendar.dueDate(from: Sample.at(2025, 3, 6, 15), loanDays: 21)
        #expect(due == Sample.at(2025, 3, 27, 21))
    }

    @Test func aDueDayInTheSpringFestivalHolidayRollsToTheFirstDayAfterIt() throws {
        // Tuesday 2025-01-07 + 21 days = 2025-01-28, the first closed day; open again Wednesday 5 February.
        let due = try calendar.dueDate(from: Sample.at(2025, 1, 7), loanDays: 21)
        #expect(due == Sample.at(2025, 2, 5, 21))
    }

    @Test func aDueDayOnTheWeeklyMondayClosingRollsToTuesday() throws {
        // Saturday 2025-03-01 + 30 days = Monday 2025-03-31.
        let due = try calendar.dueDate(from: Sample.at(2025, 3, 1), loanDays: 30)
        #expect(due == Sample.at(2025, 4, 1, 21))
    }

    @Test func aWeekendDueDayClosesAtWeekendHours() throws {
        let due = try calendar.dueDate(from: Sample.at(2025, 3, 1), loanDays: 7)
        #expect(due == Sample.at(2025, 3, 8, 17))
    }

    @Test func anExceptionOpensAClosedHolidayDay() throws {
        var festival = calendar
        festival.exceptions = [
            HoursException(date: Sample.date("2025-02-03"), periods: [Sample.period("10:00", "16:00")], note: "书香节")
        ]
        // Tuesday 2025-01-14 + 20 days = Monday 2025-02-03, inside the holiday but opened by the exception.
        let due = try festival.dueDate(from: Sample.at(2025, 1, 14), loanDays: 20)
        #expect(due == Sample.at(2025, 2, 3, 16))
    }

    @Test func anExceptionWithoutPeriodsClosesAnOrdinaryDay() throws {
        var stocktaking = calendar
        stocktaking.exceptions = [HoursException(date: Sample.date("2025-03-27"), periods: [])]
        let due = try stocktaking.dueDate(from: Sample.at(2025, 3, 6), loanDays: 21)
        #expect(due == Sample.at(2025, 3, 28, 21))
    }

    @Test func theDueDateFollowsTheGivenTimeZone() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        // 2025-03-06 23:30 in Shanghai is still 6 March 15:30 in UTC; both count 21 days from 6 March.
        let due = try calendar.dueDate(from: Sample.at(2025, 3, 6, 23, 30), loanDays: 21, timeZone: utc)
        #expect(due == Sample.at(2025, 3, 28, 5))
    }

    @Test func dateAndEpochFormsAgree() throws {
        let checkout = Date(timeIntervalSince1970: TimeInterval(Sample.at(2025, 1, 7)))
        let due = try calendar.dueDate(from: checkout, loanDays: 21)
        #expect(Int64(due.timeIntervalSince1970) == Sample.at(2025, 2, 5, 21))
    }

    @Test func aCalendarThatNeverOpensRefuses() {
        #expect(throws: CirculationRefusal.noOpenDayAhead) {
            try Sample.shutCalendar.dueDate(from: Sample.at(2025, 3, 6), loanDays: 14)
        }
    }

    @Test func anHourlyLoanIsDueBeforeTheDoorsClose() throws {
        #expect(try calendar.dueTime(from: Sample.at(2025, 3, 6, 10), loanHours: 3) == Sample.at(2025, 3, 6, 13))
        #expect(try calendar.dueTime(from: Sample.at(2025, 3, 6, 19), loanHours: 4) == Sample.at(2025, 3, 6, 21))
    }

    @Test func anHourlyLoanLentWhileClosedIsDueAtTheNextClosing() throws {
        // Monday 2025-03-03 is closed: due when Tuesday closes.
        #expect(try calendar.dueTime(from: Sample.at(2025, 3, 3, 10), loanHours: 3) == Sample.at(2025, 3, 4, 21))
    }
}

@Suite struct OpeningHoursAnswerIsOpen {
    let calendar = Sample.branchCalendar

    @Test func openInsideHoursOnly() {
        #expect(calendar.isOpen(at: Sample.at(2025, 3, 4, 9)))
        #expect(calendar.isOpen(at: Sample.at(2025, 3, 4, 20, 59)))
        #expect(!calendar.isOpen(at: Sample.at(2025, 3, 4, 8, 59)))
        #expect(!calendar.isOpen(at: Sample.at(2025, 3, 4, 21)))
    }

    @Test func closedOnMondaysAndHolidays() {
        #expect(!calendar.isOpen(at: Sample.at(2025, 3, 3, 10)))
        #expect(!calendar.isOpen(at: Sample.at(2025, 1, 30, 10)))
        #expect(calendar.isOpen(on: Sample.date("2025-02-05")))
        #expect(!calendar.isOpen(on: Sample.date("2025-02-04")))
    }

    @Test func aLunchBreakIsClosed() {
        var township = calendar
        township.weeklyHours[.tuesday] = [Sample.period("13:30", "17:30"), Sample.period("08:30", "11:30")]
        #expect(township.isOpen(at: Sample.at(2025, 3, 4, 11)))
        #expect(!township.isOpen(at: Sample.at(2025, 3, 4, 12)))
        #expect(township.isOpen(at: Sample.at(2025, 3, 4, 14)))
        #expect(township.closingTime(on: Sample.date("2025-03-04")) == Sample.at(2025, 3, 4, 17, 30))
    }

    @Test func openDaysSkipTheHolidayAndMondays() {
        let dueDay = Sample.date("2025-01-27")
        #expect(calendar.openDays(after: dueDay, through: Sample.date("2025-02-05")) == 1)
        #expect(calendar.openDays(after: Sample.date("2025-03-01"), through: Sample.date("2025-03-08")) == 6)
        #expect(calendar.openDays(after: Sample.date("2025-03-08"), through: Sample.date("2025-03-01")) == 0)
    }
}

@Suite struct CalendarValuesReadAndWrite {
    @Test func localDatesCountDaysAcrossLeapYears() {
        #expect(Sample.date("2024-02-28").adding(days: 1) == Sample.date("2024-02-29"))
        #expect(Sample.date("2025-02-28").adding(days: 1) == Sample.date("2025-03-01"))
        #expect(Sample.date("1970-01-01").daysSinceEpoch == 0)
        #expect(Sample.date("2025-01-28").weekday == .tuesday)
        #expect(Sample.date("2025-03-31").weekday == .monday)
        #expect(LocalDate("2025-02-29") == nil)
        #expect(LocalDate("2025-2-1") == nil)
    }

    @Test func aLateEveningInShanghaiIsTheNextDayInUTCTerms() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let instant = Sample.at(2025, 3, 6, 23, 30)
        #expect(LocalDate(epochSeconds: instant, in: Sample.shanghai) == Sample.date("2025-03-06"))
        #expect(LocalDate(epochSeconds: instant, in: utc) == Sample.date("2025-03-06"))
        #expect(LocalDate(epochSeconds: Sample.at(2025, 3, 7, 2), in: utc) == Sample.date("2025-03-06"))
    }

    @Test func theCalendarRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Sample.branchCalendar)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"tuesday\""))
        #expect(text.contains("\"2025-01-28\""))
        #expect(text.contains("\"21:00\""))
        #expect(try JSONDecoder().decode(LibraryCalendar.self, from: data) == Sample.branchCalendar)
    }

    @Test func badTimesAndDatesAreRefusedWhenRead() {
        #expect(TimeOfDay("24:01") == nil)
        #expect(TimeOfDay("9:00") == nil)
        #expect(TimeOfDay("24:00")?.minutes == 1440)
        let bad = Data(#"{"date": "2025-13-01", "periods": [], "note": ""}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(HoursException.self, from: bad) }
    }
}
