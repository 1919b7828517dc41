/// Media type of an item (CK field, SIP2 2.00).
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2MediaType: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 3

    public static let other = SIP2MediaType(rawValue: "000")
    public static let book = SIP2MediaType(rawValue: "001")
    public static let magazine = SIP2MediaType(rawValue: "002")
    public static let boundJournal = SIP2MediaType(rawValue: "003")
    public static let audioTape = SIP2MediaType(rawValue: "004")
    public static let videoTape = SIP2MediaType(rawValue: "005")
    public static let cdOrCDROM = SIP2MediaType(rawValue: "006")
    public static let diskette = SIP2MediaType(rawValue: "007")
    public static let bookWithDiskette = SIP2MediaType(rawValue: "008")
    public static let bookWithCD = SIP2MediaType(rawValue: "009")
    public static let bookWithAudioTape = SIP2MediaType(rawValue: "010")
}
