/// The 16-character supported-messages field (BX) of the ACS status response, `Y` or `N` per message in the
/// order SIP2 2.00 lists them.
public struct SIP2SupportedMessages: SIP2FlagField, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let patronStatusRequest = SIP2SupportedMessages(rawValue: 1 << 0)
    public static let checkout = SIP2SupportedMessages(rawValue: 1 << 1)
    public static let checkin = SIP2SupportedMessages(rawValue: 1 << 2)
    public static let blockPatron = SIP2SupportedMessages(rawValue: 1 << 3)
    public static let scACSStatus = SIP2SupportedMessages(rawValue: 1 << 4)
    public static let requestResend = SIP2SupportedMessages(rawValue: 1 << 5)
    public static let login = SIP2SupportedMessages(rawValue: 1 << 6)
    public static let patronInformation = SIP2SupportedMessages(rawValue: 1 << 7)
    public static let endPatronSession = SIP2SupportedMessages(rawValue: 1 << 8)
    public static let feePaid = SIP2SupportedMessages(rawValue: 1 << 9)
    public static let itemInformation = SIP2SupportedMessages(rawValue: 1 << 10)
    public static let itemStatusUpdate = SIP2SupportedMessages(rawValue: 1 << 11)
    public static let patronEnable = SIP2SupportedMessages(rawValue: 1 << 12)
    public static let hold = SIP2SupportedMessages(rawValue: 1 << 13)
    public static let renew = SIP2SupportedMessages(rawValue: 1 << 14)
    public static let renewAll = SIP2SupportedMessages(rawValue: 1 << 15)

    /// What this server implements.
    public static let implemented: SIP2SupportedMessages = [
        .patronStatusRequest, .checkout, .checkin, .scACSStatus, .requestResend, .login, .patronInformation,
        .endPatronSession, .feePaid, .itemInformation, .renew, .renewAll,
    ]

    public static let length = 16
    public static let clearCharacter: Character = "N"
}
