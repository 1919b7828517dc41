/// One stretch of a day when the doors are open; a day may have two (many branches close over lunch).
public struct OpeningPeriod: Sendable, Hashable, Codable {
    public var opens: TimeOfDay
    public var closes: TimeOfDay

    public init(opens: TimeOfDay, closes: TimeOfDay) {
        self.opens = opens
        self.closes = closes
    }

    /// Whether the time falls inside the period (open at `opens`, closed at `closes`).
    public func contains(_ time: TimeOfDay) -> Bool { opens <= time && time < closes }
}
