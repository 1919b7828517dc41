import Consortium
import PinakesCore

/// Everything a checkout decides on, loaded by the service before calling the machine.
public struct CheckoutRequest: Sendable, Hashable {
    public var reader: ReaderStanding
    public var copy: CirculatingCopy
    /// The lending library.
    public var library: Identifier<Library>
    public var at: Int64
    /// The rule the matrix resolved for this reader, item type and library.
    public var rule: PolicyRule
    /// The lending library's calendar.
    public var calendar: LibraryCalendar
    /// How many loans the reader has now.
    public var loansHeld: Int
    /// Whether the copy is captured or on the hold shelf for someone else.
    public var heldForAnotherReader: Bool

    public init(
        reader: ReaderStanding, copy: CirculatingCopy, library: Identifier<Library>, at: Int64, rule: PolicyRule,
        calendar: LibraryCalendar, loansHeld: Int, heldForAnotherReader: Bool = false
    ) {
        self.reader = reader
        self.copy = copy
        self.library = library
        self.at = at
        self.rule = rule
        self.calendar = calendar
        self.loansHeld = loansHeld
        self.heldForAnotherReader = heldForAnotherReader
    }
}
