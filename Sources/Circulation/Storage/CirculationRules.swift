import Consortium
import Foundation
import PinakesCore

/// One consistent reading of the rules circulation applies: the loan policy matrix, each library's calendar
/// and the library tree.
public struct CirculationRules: Sendable {
    public var matrix: PolicyMatrix
    /// The stored matrix's version (0: the bundled default, never saved).
    public var version: Int64
    public var libraries: [Library]
    var calendars: [Identifier<Library>: LibraryCalendar]
    let fallbackCalendar: LibraryCalendar
    private let byCode: [String: Library]
    private let byID: [Identifier<Library>: Library]

    init(
        matrix: PolicyMatrix, version: Int64, libraries: [Library], calendars: [Identifier<Library>: LibraryCalendar],
        timeZone: TimeZone
    ) {
        self.matrix = matrix
        self.version = version
        self.libraries = libraries
        self.calendars = calendars
        fallbackCalendar = Self.everyDay(timeZone)
        byCode = Dictionary(libraries.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        byID = Dictionary(libraries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The library with `code`, or the refusal naming it.
    public func library(code: String) throws(CirculationRefusal) -> Library {
        guard let library = byCode[code.trimmingCharacters(in: .whitespaces).uppercased()] else {
            throw .unknownLibrary(code)
        }
        return library
    }

    public func library(id: Identifier<Library>) -> Library? { byID[id] }

    /// The code of library `id` (its id in digits if it is unknown).
    public func code(of id: Identifier<Library>) -> String { byID[id]?.code ?? id.description }

    /// The library's own calendar, or open every day 09:00–21:00 when none is stored.
    public func calendar(for library: Identifier<Library>) -> LibraryCalendar {
        calendars[library] ?? fallbackCalendar
    }

    /// Whether a calendar was stored for the library.
    public func hasOwnCalendar(_ library: Identifier<Library>) -> Bool { calendars[library] != nil }

    /// The rule for a reader of `category` borrowing (or asking for) `itemType` at library `code`.
    public func rule(_ category: ReaderCategory, _ itemType: ItemLoanType, at code: String) throws(CirculationRefusal)
        -> PolicyRule
    {
        try matrix.resolve(PolicyQuery(readerCategory: category, itemType: itemType, libraryCode: code))
    }

    /// The floating groups as the check-in decision weighs them, by library id.
    public var floatingGroups: [FloatingGroup] {
        matrix.groups.filter { !($0.floats ?? []).isEmpty }.map { group in
            FloatingGroup(name: group.name, libraries: Set(group.libraries.compactMap { byCode[$0]?.id }))
        }
    }

    /// The floating group a copy of `itemType` owned by library `code` belongs to, if any.
    public func floatingGroup(itemType: ItemLoanType, owner code: String) -> String? {
        matrix.groups.first { group in
            (group.floats ?? []).contains(itemType) && group.libraries.contains(code.uppercased())
        }?.name
    }

    /// The library's ancestors, nearest first, without the library itself.
    public func ancestors(of id: Identifier<Library>) -> [Identifier<Library>] {
        var chain: [Identifier<Library>] = []
        var next = byID[id]?.parentID
        while let parent = next, !chain.contains(parent) {
            chain.append(parent)
            next = byID[parent]?.parentID
        }
        return chain
    }

    /// Great-circle distance in kilometres, nil when either library has no coordinates.
    public func distance(_ a: Identifier<Library>, _ b: Identifier<Library>) -> Double? {
        guard let first = byID[a], let second = byID[b], let lat1 = first.latitude, let lon1 = first.longitude,
            let lat2 = second.latitude, let lon2 = second.longitude
        else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let h =
            sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 6371 * 2 * atan2(sqrt(h), sqrt(1 - h))
    }

    static func everyDay(_ timeZone: TimeZone) -> LibraryCalendar {
        let hours = [OpeningPeriod(opens: TimeOfDay(hour: 9)!, closes: TimeOfDay(hour: 21)!)]
        return LibraryCalendar(
            timeZone: timeZone, weeklyHours: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, hours) }))
    }
}
