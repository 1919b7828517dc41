import Consortium
import PinakesCore

/// What a hold remembers from placement onwards.
public struct HoldDetails: Sendable, Hashable, Codable {
    public var reader: Identifier<Reader>
    public var level: HoldLevel
    public var pickupLibrary: Identifier<Library>
    public var placedAt: Int64
    /// The reader's "not needed after" instant; nil waits as long as it takes.
    public var notNeededAfter: Int64?
    /// Open days on the hold shelf, from the rule that applied when the hold was placed.
    public var shelfDays: Int
    /// The copy the targeter chose, if any (the pull list shows it).
    public var targetedCopy: Identifier<CirculatingCopy>?

    public init(
        reader: Identifier<Reader>, level: HoldLevel, pickupLibrary: Identifier<Library>, placedAt: Int64,
        notNeededAfter: Int64? = nil, shelfDays: Int, targetedCopy: Identifier<CirculatingCopy>? = nil
    ) {
        self.reader = reader
        self.level = level
        self.pickupLibrary = pickupLibrary
        self.placedAt = placedAt
        self.notNeededAfter = notNeededAfter
        self.shelfDays = shelfDays
        self.targetedCopy = targetedCopy
    }
}
