/// Language of a patron's messages, three digits (SIP2 2.00 language codes).
///
/// Kept as the raw code so values outside the list survive a round trip.
public struct SIP2Language: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Characters on the wire.
    public static let length = 3

    public static let unknown = SIP2Language(rawValue: "000")
    public static let english = SIP2Language(rawValue: "001")
    public static let french = SIP2Language(rawValue: "002")
    public static let german = SIP2Language(rawValue: "003")
    public static let italian = SIP2Language(rawValue: "004")
    public static let dutch = SIP2Language(rawValue: "005")
    public static let swedish = SIP2Language(rawValue: "006")
    public static let finnish = SIP2Language(rawValue: "007")
    public static let spanish = SIP2Language(rawValue: "008")
    public static let danish = SIP2Language(rawValue: "009")
    public static let portuguese = SIP2Language(rawValue: "010")
    public static let canadianFrench = SIP2Language(rawValue: "011")
    public static let norwegian = SIP2Language(rawValue: "012")
    public static let hebrew = SIP2Language(rawValue: "013")
    public static let japanese = SIP2Language(rawValue: "014")
    public static let russian = SIP2Language(rawValue: "015")
    public static let arabic = SIP2Language(rawValue: "016")
    public static let polish = SIP2Language(rawValue: "017")
    public static let greek = SIP2Language(rawValue: "018")
    public static let chinese = SIP2Language(rawValue: "019")
    public static let korean = SIP2Language(rawValue: "020")
    public static let northAmericanSpanish = SIP2Language(rawValue: "021")
    public static let tamil = SIP2Language(rawValue: "022")
    public static let malay = SIP2Language(rawValue: "023")
    public static let unitedKingdom = SIP2Language(rawValue: "024")
    public static let icelandic = SIP2Language(rawValue: "025")
    public static let belgian = SIP2Language(rawValue: "026")
    public static let taiwanese = SIP2Language(rawValue: "027")
}
