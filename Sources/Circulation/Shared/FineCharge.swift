import PinakesCore

/// An overdue fine a transition charges: how many days were counted, at what rate, and whether the cap cut it.
public struct FineCharge: Sendable, Hashable, Codable {
    public var reader: Identifier<Reader>
    public var copy: Identifier<CirculatingCopy>
    public var days: Int
    public var perDayCents: Int
    /// The amount charged, after the cap.
    public var amountCents: Int
    public var capped: Bool

    public init(
        reader: Identifier<Reader>, copy: Identifier<CirculatingCopy>, days: Int, perDayCents: Int,
        amountCents: Int, capped: Bool
    ) {
        self.reader = reader
        self.copy = copy
        self.days = days
        self.perDayCents = perDayCents
        self.amountCents = amountCents
        self.capped = capped
    }
}
