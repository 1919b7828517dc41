/// The language of screen messages (AF) and print lines (AG) a kiosk shows: Chinese or English.
public enum SIP2ScreenLanguage: String, Sendable, Hashable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// The SIP2 language code reported for patrons (patron status and information, fixed field).
    public var sip2: SIP2Language {
        switch self {
        case .chinese: .chinese
        case .english: .english
        }
    }
}
