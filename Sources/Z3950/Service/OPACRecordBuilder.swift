import Catalog
import Foundation

/// OPACRecord (Z39.50-2003 Appendix 5, REC.3 RecordSyntax-opac): the bibliographic record plus one
/// HoldingsAndCircData per copy, with its library, call number and circulation state.
enum OPACRecordBuilder {
    static func record(_ bibliographic: ExternalRecord, holdings: [LibraryHoldings]) -> BERValue {
        var entries: [BERValue] = []
        for library in holdings {
            let location = "\(library.name) (\(library.library))"
            if library.items.isEmpty {
                entries.append(.constructed(2, [.string(9, location)]))
            }
            for item in library.items { entries.append(.constructed(2, holding(item, location: location))) }
        }
        return .sequence([bibliographic.value(tag: 1), .constructed(2, entries)])
    }

    /// HoldingsAndCircData: localLocation [9], shelvingLocation [10], callNumber [11], circulationData [19].
    private static func holding(_ item: ItemHolding, location: String) -> [BERValue?] {
        [
            .string(9, location), item.location.map { .string(10, $0) }, item.callNumber.map { .string(11, $0) },
            .constructed(19, [circulation(item)]),
        ]
    }

    /// CircRecord: availableNow [1], availablityDate [2], itemId [5], renewable [6], onHold [7].
    private static func circulation(_ item: ItemHolding) -> BERValue {
        .sequence([
            .boolean(1, item.status == "available"), item.dueAt.map { .string(2, Self.date($0)) },
            .string(5, item.barcode), .boolean(6, false), .boolean(7, item.status == "on-hold-shelf"),
        ])
    }

    /// A due date as YYYYMMDD (UTC).
    static func date(_ seconds: Int64) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let year = components.year ?? 1970
        let month = components.month ?? 1
        let day = components.day ?? 1
        return String(format: "%04d%02d%02d", year, month, day)
    }
}
