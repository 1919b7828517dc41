/// Payment type of a fee paid message.
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2PaymentType: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 2

    public static let cash = SIP2PaymentType(rawValue: "00")
    public static let visa = SIP2PaymentType(rawValue: "01")
    public static let creditCard = SIP2PaymentType(rawValue: "02")
}
