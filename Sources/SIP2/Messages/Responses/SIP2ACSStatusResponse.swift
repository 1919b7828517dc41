/// ACS status (98): what the library system can do now, answering SC status (99).
public struct SIP2ACSStatusResponse: SIP2Message {
    public var code: SIP2MessageCode { .acsStatus }
    public var onlineStatus: Bool
    public var checkinOK: Bool
    public var checkoutOK: Bool
    /// ACS renewal policy: whether kiosks may renew.
    public var renewalPolicy: Bool
    public var statusUpdateOK: Bool
    public var offlineOK: Bool
    /// Seconds (in tenths, per spec) the kiosk waits for an answer; `000` unknown.
    public var timeoutPeriod: Int
    /// How often the kiosk may retry; `999` unknown.
    public var retriesAllowed: Int
    public var dateTimeSync: SIP2Timestamp
    public var protocolVersion: String = "2.00"
    /// AO institution id.
    public var institutionID: String
    /// AM library name.
    public var libraryName: String?
    /// BX supported messages; required in 2.00.
    public var supportedMessages: SIP2SupportedMessages
    /// AN terminal location.
    public var terminalLocation: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        onlineStatus: Bool, checkinOK: Bool, checkoutOK: Bool, renewalPolicy: Bool, statusUpdateOK: Bool,
        offlineOK: Bool, timeoutPeriod: Int, retriesAllowed: Int, dateTimeSync: SIP2Timestamp, institutionID: String,
        libraryName: String? = nil, supportedMessages: SIP2SupportedMessages, terminalLocation: String? = nil,
        screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.onlineStatus = onlineStatus
        self.checkinOK = checkinOK
        self.checkoutOK = checkoutOK
        self.renewalPolicy = renewalPolicy
        self.statusUpdateOK = statusUpdateOK
        self.offlineOK = offlineOK
        self.timeoutPeriod = timeoutPeriod
        self.retriesAllowed = retriesAllowed
        self.dateTimeSync = dateTimeSync
        self.institutionID = institutionID
        self.libraryName = libraryName
        self.supportedMessages = supportedMessages
        self.terminalLocation = terminalLocation
        self.screenMessage = screenMessage
        self.printLine = printLine
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        onlineStatus = try reader.flag("on-line status")
        checkinOK = try reader.flag("checkin ok")
        checkoutOK = try reader.flag("checkout ok")
        renewalPolicy = try reader.flag("ACS renewal policy")
        statusUpdateOK = try reader.flag("status update ok")
        offlineOK = try reader.flag("off-line ok")
        timeoutPeriod = try reader.count("timeout period", length: 3)
        retriesAllowed = try reader.count("retries allowed", length: 3)
        dateTimeSync = try reader.timestamp("date / time sync")
        protocolVersion = try reader.fixed("protocol version", length: 4)
        institutionID = try reader.required(.institutionID)
        libraryName = try reader.optional(.libraryName)
        supportedMessages = SIP2SupportedMessages(wire: try reader.required(.supportedMessages))
        terminalLocation = try reader.optional(.terminalLocation)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        for flag in [onlineStatus, checkinOK, checkoutOK, renewalPolicy, statusUpdateOK, offlineOK] {
            writer.flag(flag)
        }
        writer.count(timeoutPeriod, length: 3)
        writer.count(retriesAllowed, length: 3)
        writer.timestamp(dateTimeSync)
        writer.fixed(protocolVersion, length: 4)
        writer.field(.institutionID, institutionID)
        writer.field(.libraryName, libraryName)
        writer.field(.supportedMessages, supportedMessages.wire)
        writer.field(.terminalLocation, terminalLocation)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
