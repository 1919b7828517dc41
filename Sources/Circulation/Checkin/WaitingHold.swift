import Consortium
import PinakesCore

/// A hold waiting for a copy, as the check-in desk weighs it: pass only active (not suspended) holds on the
/// copy's title or on the copy itself.
public struct WaitingHold: Sendable, Hashable, Codable {
    public var hold: Identifier<Hold>
    public var level: HoldLevel
    public var pickupLibrary: Identifier<Library>
    /// 1 for the first reader in the title's queue.
    public var queuePosition: Int
    public var placedAt: Int64
    public var targetedCopy: Identifier<CirculatingCopy>?

    public init(
        hold: Identifier<Hold>, level: HoldLevel, pickupLibrary: Identifier<Library>, queuePosition: Int,
        placedAt: Int64, targetedCopy: Identifier<CirculatingCopy>? = nil
    ) {
        self.hold = hold
        self.level = level
        self.pickupLibrary = pickupLibrary
        self.queuePosition = queuePosition
        self.placedAt = placedAt
        self.targetedCopy = targetedCopy
    }
}
