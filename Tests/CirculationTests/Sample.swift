import Circulation
import Consortium
import Foundation
import PinakesCore

/// Fixed libraries, readers, copies, rules and a Suzhou branch calendar shared by the suites.
enum Sample {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current

    static let central = Identifier<Library>(1)
    static let gusu = Identifier<Library>(2)
    static let tongli = Identifier<Library>(3)
    static let bookmobile = Identifier<Library>(4)

    static let alice = Identifier<Reader>(100)
    static let bo = Identifier<Reader>(101)
    static let title = Identifier<CatalogTitle>(500)
    static let otherTitle = Identifier<CatalogTitle>(501)

    /// An instant on Shanghai wall clocks, computed with Foundation's calendar (not the code under test).
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 10, _ minute: Int = 0) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = shanghai
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: parts) else { return 0 }
        return Int64(date.timeIntervalSince1970)
    }

    static func date(_ text: String) -> LocalDate {
        LocalDate(text) ?? LocalDate(daysSinceEpoch: 0)
    }

    static func period(_ opens: String, _ closes: String) -> OpeningPeriod {
        OpeningPeriod(opens: TimeOfDay(opens) ?? .startOfDay, closes: TimeOfDay(closes) ?? .endOfDay)
    }

    /// A district branch: closed on Mondays, 09:00–21:00 on weekdays, 09:00–17:00 at weekends, closed for the
    /// 2025 Spring Festival holiday (28 January – 4 February).
    static let branchCalendar = LibraryCalendar(
        timeZone: shanghai,
        weeklyHours: [
            .tuesday: [period("09:00", "21:00")], .wednesday: [period("09:00", "21:00")],
            .thursday: [period("09:00", "21:00")], .friday: [period("09:00", "21:00")],
            .saturday: [period("09:00", "17:00")], .sunday: [period("09:00", "17:00")],
        ],
        closures: [Closure(name: "春节 Spring Festival", from: date("2025-01-28"), through: date("2025-02-04"))])

    /// A library that never opens.
    static let shutCalendar = LibraryCalendar(timeZone: shanghai, weeklyHours: [:])

    static func copy(
        _ id: Int64, home: Identifier<Library> = gusu, type: ItemLoanType = .book,
        title: Identifier<CatalogTitle> = title, floating: String? = nil
    ) -> CirculatingCopy {
        CirculatingCopy(
            id: Identifier(id), barcode: "3100\(id)", itemType: type, homeLibrary: home, title: title,
            floatingGroup: floating)
    }

    static func reader(
        _ id: Identifier<Reader> = alice, category: ReaderCategory = .adult, validThrough: String? = "2026-12-31",
        blocks: [ReaderBlock] = []
    ) -> ReaderStanding {
        ReaderStanding(reader: id, category: category, cardValidThrough: validThrough.map(date), blocks: blocks)
    }

    static func rule(
        _ id: String = "adult-book", period: LoanPeriod = .days(21), renewals: Int = 2, maxLoans: Int = 10,
        loanable: Bool = true, holds: Bool = true, maxHolds: Int = 5, shelfDays: Int = 7, fine: Int = 10,
        cap: Int? = 500, counting: FineCounting = .openDays
    ) -> PolicyRule {
        PolicyRule(
            id: id, readerCategory: .adult, itemType: .book, scope: .consortium,
            policy: LoanPolicy(
                loanable: loanable, loanPeriod: period, maxRenewals: renewals, maxLoans: maxLoans,
                holdsAllowed: holds, maxHolds: maxHolds, holdShelfDays: shelfDays, finePerDayCents: fine,
                fineCapCents: cap, fineCounting: counting))
    }
}
