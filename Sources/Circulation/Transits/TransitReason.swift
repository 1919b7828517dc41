/// Why a copy travels between libraries.
public enum TransitReason: String, Sendable, Codable, CaseIterable {
    /// To the pickup library of a hold it was captured for.
    case hold
    /// Back to its home library after a check-in elsewhere.
    case returnHome = "return-home"
    /// Moved to balance a floating collection.
    case float
}
