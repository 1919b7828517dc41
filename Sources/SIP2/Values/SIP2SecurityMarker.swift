/// Security marker type of an item (item information response).
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2SecurityMarker: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 2

    public static let other = SIP2SecurityMarker(rawValue: "00")
    public static let none = SIP2SecurityMarker(rawValue: "01")
    public static let tattleTape = SIP2SecurityMarker(rawValue: "02")
    public static let whisperTape = SIP2SecurityMarker(rawValue: "03")
}
