import PinakesCore

/// A reader's request: which title (or copy), picked up where, and for how long it is wanted.
public struct HoldPlacement: Sendable, Hashable, Codable {
    /// The reader's card.
    public var card: String
    public var target: HoldTarget
    /// The code of the library (or bookmobile stop) where the reader collects it; nil for the home library.
    public var pickupLibrary: String?
    public var notNeededAfter: Int64?
    public var suspendedUntil: Int64?

    public init(
        card: String, target: HoldTarget, pickupLibrary: String? = nil, notNeededAfter: Int64? = nil,
        suspendedUntil: Int64? = nil
    ) {
        self.card = card
        self.target = target
        self.pickupLibrary = pickupLibrary
        self.notNeededAfter = notNeededAfter
        self.suspendedUntil = suspendedUntil
    }
}

/// What a hold asks for, as the reader names it.
public enum HoldTarget: Sendable, Hashable, Codable {
    /// Any copy of a union-catalogue title (cluster id).
    case title(Int64)
    /// One particular copy, by barcode.
    case copy(barcode: String)
}
