import Foundation

/// How the ACS speaks SIP2 on one port.
public struct SIP2Configuration: Sendable {
    /// Character set of field values (UTF-8 unless a kiosk needs Latin-1).
    public var charset: SIP2Charset = .utf8
    /// Sequence numbers and checksums.
    public var errorDetection: SIP2ErrorDetection = .automatic
    /// Whether messages other than 93, 99 and 97 are refused before a successful login.
    public var requireLogin = true
    /// Longest line accepted, in bytes; longer ones are refused and skipped.
    public var maxFrameLength = 4096
    /// A connection that sends nothing for this long is closed.
    public var idleTimeout: Duration = .seconds(600)
    /// Time zone of local timestamps (blank ZZZZ), read and written.
    public var timeZone: TimeZone = .current
    /// AO for answers to messages that carried none.
    public var institutionID = ""
    /// The clock; tests fix it.
    public var now: @Sendable () -> Date = { Date() }
    /// Kiosk logins (93) a service backed by the library system accepts, each with the library it stands in.
    public var kioskAccounts: [SIP2KioskAccount] = []
    /// The language of screen messages (AF) kiosks show.
    public var screenLanguage: SIP2ScreenLanguage = .chinese

    public init(
        charset: SIP2Charset = .utf8, errorDetection: SIP2ErrorDetection = .automatic, requireLogin: Bool = true,
        maxFrameLength: Int = 4096, idleTimeout: Duration = .seconds(600), timeZone: TimeZone = .current,
        institutionID: String = "", now: @escaping @Sendable () -> Date = { Date() },
        kioskAccounts: [SIP2KioskAccount] = [], screenLanguage: SIP2ScreenLanguage = .chinese
    ) {
        self.charset = charset
        self.errorDetection = errorDetection
        self.requireLogin = requireLogin
        self.maxFrameLength = maxFrameLength
        self.idleTimeout = idleTimeout
        self.timeZone = timeZone
        self.institutionID = institutionID
        self.now = now
        self.kioskAccounts = kioskAccounts
        self.screenLanguage = screenLanguage
    }

    /// The codec for this configuration.
    public var codec: SIP2Codec { SIP2Codec(charset: charset, errorDetection: errorDetection) }

    /// Now as a SIP2 timestamp in the configured zone.
    public var timestamp: SIP2Timestamp { SIP2Timestamp(now(), timeZone: timeZone) }
}
