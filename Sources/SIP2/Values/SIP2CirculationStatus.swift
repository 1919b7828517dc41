/// Circulation status of an item (item information response, SIP2 2.00).
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2CirculationStatus: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 2

    public static let other = SIP2CirculationStatus(rawValue: "01")
    public static let onOrder = SIP2CirculationStatus(rawValue: "02")
    public static let available = SIP2CirculationStatus(rawValue: "03")
    public static let charged = SIP2CirculationStatus(rawValue: "04")
    public static let chargedNotToBeRecalled = SIP2CirculationStatus(rawValue: "05")
    public static let inProcess = SIP2CirculationStatus(rawValue: "06")
    public static let recalled = SIP2CirculationStatus(rawValue: "07")
    public static let waitingOnHoldShelf = SIP2CirculationStatus(rawValue: "08")
    public static let waitingToBeReshelved = SIP2CirculationStatus(rawValue: "09")
    public static let inTransit = SIP2CirculationStatus(rawValue: "10")
    public static let claimedReturned = SIP2CirculationStatus(rawValue: "11")
    public static let lost = SIP2CirculationStatus(rawValue: "12")
    public static let missing = SIP2CirculationStatus(rawValue: "13")
}
