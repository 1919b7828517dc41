import Consortium
import PinakesCore

/// A check-in of a lent copy at any library.
public struct LoanCheckin: Sendable, Hashable {
    public var at: Int64
    /// Where the copy was handed in.
    public var library: Identifier<Library>
    /// Where the copy goes next, from `CheckinDecision.decide`.
    public var routing: CheckinDecision
    /// The lending library's calendar, for counting fine days.
    public var calendar: LibraryCalendar

    public init(at: Int64, library: Identifier<Library>, routing: CheckinDecision, calendar: LibraryCalendar) {
        self.at = at
        self.library = library
        self.routing = routing
        self.calendar = calendar
    }
}
