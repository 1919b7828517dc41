/// What the library system can do now, for the ACS status response (98).
public struct SIP2ACSStatus: Sendable, Equatable {
    public var online = true
    public var checkinOK = true
    public var checkoutOK = true
    /// Whether kiosks may renew.
    public var renewalPolicy = true
    public var statusUpdateOK = false
    public var offlineOK = false
    /// Timeout in tenths of a second the kiosk should wait; 0 means unknown.
    public var timeoutPeriod = 0
    /// Retries allowed; 999 means unknown.
    public var retriesAllowed = 999
    /// AM library name.
    public var libraryName: String?
    /// AN terminal location.
    public var terminalLocation: String?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        online: Bool = true, checkinOK: Bool = true, checkoutOK: Bool = true, renewalPolicy: Bool = true,
        libraryName: String? = nil, terminalLocation: String? = nil, screenMessage: [String] = []
    ) {
        self.online = online
        self.checkinOK = checkinOK
        self.checkoutOK = checkoutOK
        self.renewalPolicy = renewalPolicy
        self.libraryName = libraryName
        self.terminalLocation = terminalLocation
        self.screenMessage = screenMessage
    }
}
