import Catalog
import Foundation

/// One library's copies on the title page: each copy's status (with the due date of a loan), call number and
/// location.
enum TitleHoldingsView {
    static func row(_ holdings: LibraryHoldings, language: Language) -> [String: Any] {
        [
            "library": holdings.library,
            "name": SearchResultsView.libraryName(holdings, language),
            "distance": holdings.distanceKm.map {
                Strings.text("kilometres", language, ["n": String(format: "%.1f", $0)])
            } ?? "",
            "copies": Strings.text(
                "copies", language, ["available": String(holdings.available), "total": String(holdings.total)]),
            "items": holdings.items.map { item in
                [
                    "barcode": item.barcode, "status": status(item, language: language),
                    "available": item.status == "available", "callNumber": item.callNumber ?? "",
                    "location": item.location ?? "",
                ] as [String: Any]
            },
        ]
    }

    /// "On loan, due 2026-05-01".
    static func status(_ item: ItemHolding, language: Language) -> String {
        let label = Strings.label("status", item.status, language, fallback: item.status)
        guard let due = item.dueAt else { return label }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd"
        let date = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(due)))
        return label + (language == .zh ? "，" : ", ") + Strings.text("dueBack", language, ["date": date])
    }
}
