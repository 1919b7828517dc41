import Circulation
import Foundation

/// How circulation values read on the pages: dates in the consortium's time zone, money in yuan.
enum CirculationFormat {
    /// `2026-12-01` for seconds since 1970, in the consortium's time zone.
    static func date(_ seconds: Int64?, _ services: WebServices) -> String {
        guard let seconds else { return "" }
        return LocalDate(epochSeconds: seconds, in: services.circulation.settings.timeZone).description
    }

    /// `12.50` for 1250 cents.
    static func money(_ cents: Int) -> String {
        String(format: "%d.%02d", cents / 100, abs(cents % 100))
    }

    /// Cents from a form's yuan (`12.5`, `12.50`, `12`); nil when it is not an amount.
    static func cents(_ yuan: String) -> Int? {
        let text = yuan.trimmingCharacters(in: .whitespaces)
        guard let value = Decimal(string: text), value > 0 else { return nil }
        return NSDecimalNumber(decimal: value * 100).intValue
    }

    /// A loan as the desk and "my account" list it.
    static func loan(_ loan: AccountLoan, _ services: WebServices) -> [String: Any] {
        [
            "loan": loan.loan.rawValue, "barcode": loan.barcode, "title": loan.title, "library": loan.library,
            "due": date(loan.dueAt, services), "overdue": loan.overdue, "renewals": loan.renewals,
            "renewalsLeft": loan.renewalsLeft, "rule": loan.rule, "status": loan.status.rawValue,
            "ended": date(loan.endedAt, services),
        ]
    }

    /// A hold as the reader's page and "my account" list it.
    static func hold(_ hold: AccountHold, _ language: Language, _ services: WebServices) -> [String: Any] {
        [
            "hold": hold.hold.rawValue, "title": hold.title,
            "status": language == .zh ? hold.status.chinese : hold.status.english,
            "pickup": hold.pickupLibrary, "queuePosition": hold.queuePosition ?? 0,
            "hasQueue": hold.queuePosition != nil, "shelfExpires": date(hold.shelfExpiresAt, services),
            "suspended": hold.status == .suspended,
            "changeable": [.active, .suspended, .inTransit, .readyForPickup].contains(hold.status),
            "suspendable": hold.status == .active,
        ]
    }

    /// A fine as listed.
    static func fine(_ fine: AccountFine, _ services: WebServices) -> [String: Any] {
        [
            "fine": fine.fine, "kind": fine.kind, "amount": money(fine.amountCents), "owed": money(fine.owedCents),
            "note": fine.note, "title": fine.title ?? "", "created": date(fine.createdAt, services),
            "isOwed": fine.owedCents > 0,
        ]
    }
}
