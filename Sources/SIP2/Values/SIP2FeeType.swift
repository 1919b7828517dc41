/// Fee type (checkout, renew, item information and fee paid messages).
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2FeeType: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 2

    public static let other = SIP2FeeType(rawValue: "01")
    public static let administrative = SIP2FeeType(rawValue: "02")
    public static let damage = SIP2FeeType(rawValue: "03")
    public static let overdue = SIP2FeeType(rawValue: "04")
    public static let processing = SIP2FeeType(rawValue: "05")
    public static let rental = SIP2FeeType(rawValue: "06")
    public static let replacement = SIP2FeeType(rawValue: "07")
    public static let computerAccess = SIP2FeeType(rawValue: "08")
    public static let holdFee = SIP2FeeType(rawValue: "09")
}
