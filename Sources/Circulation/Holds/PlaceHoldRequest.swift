import Consortium
import PinakesCore

/// Everything placing a hold decides on.
public struct PlaceHoldRequest: Sendable, Hashable {
    public var reader: ReaderStanding
    public var level: HoldLevel
    /// The item type of the copies asked for, as the rule was resolved for.
    public var itemType: ItemLoanType
    public var pickupLibrary: Identifier<Library>
    public var at: Int64
    /// The rule resolved for this reader, item type and pickup library.
    public var rule: PolicyRule
    /// The pickup library's calendar, for the card's expiry date.
    public var calendar: LibraryCalendar
    /// How many open holds the reader has now.
    public var holdsHeld: Int
    /// Place it suspended (the reader is away), until this instant.
    public var suspendedUntil: Int64?
    public var notNeededAfter: Int64?

    public init(
        reader: ReaderStanding, level: HoldLevel, itemType: ItemLoanType, pickupLibrary: Identifier<Library>,
        at: Int64, rule: PolicyRule, calendar: LibraryCalendar, holdsHeld: Int, suspendedUntil: Int64? = nil,
        notNeededAfter: Int64? = nil
    ) {
        self.reader = reader
        self.level = level
        self.itemType = itemType
        self.pickupLibrary = pickupLibrary
        self.at = at
        self.rule = rule
        self.calendar = calendar
        self.holdsHeld = holdsHeld
        self.suspendedUntil = suspendedUntil
        self.notNeededAfter = notNeededAfter
    }
}
