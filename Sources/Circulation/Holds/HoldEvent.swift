import Consortium
import PinakesCore

/// What can happen to a hold.
public enum HoldEvent: Sendable, Hashable {
    case place(PlaceHoldRequest)
    /// The reader pauses the hold (holiday), until an instant or until resumed.
    case suspend(until: Int64?, at: Int64)
    case resume(at: Int64)
    /// The targeter chose a copy for the pull list.
    case targetCopy(CirculatingCopy)
    /// The targeted copy was not on the shelf; target another one, or none for now.
    case retarget(missing: CirculatingCopy, replacement: CirculatingCopy?)
    /// A copy checked in at `library` is caught for this hold; `calendar` is the pickup library's.
    case capture(copy: CirculatingCopy, library: Identifier<Library>, at: Int64, calendar: LibraryCalendar)
    /// The captured copy arrived by transit at `library`; `calendar` is that library's.
    case arriveAtPickup(library: Identifier<Library>, at: Int64, calendar: LibraryCalendar)
    /// The copy on the hold shelf is lent to `reader`.
    case checkoutToHolder(reader: Identifier<Reader>, at: Int64)
    /// The nightly run: the shelf time, or the reader's "not needed after", has passed.
    case expire(at: Int64)
    case cancel(at: Int64)
}
