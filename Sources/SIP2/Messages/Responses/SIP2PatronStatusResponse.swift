/// Patron status response (24): whether the card and PIN are valid and what the patron may do.
public struct SIP2PatronStatusResponse: SIP2Message {
    public var code: SIP2MessageCode { .patronStatusResponse }
    public var patronStatus: SIP2PatronStatus
    public var language: SIP2Language = .unknown
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AE personal name.
    public var personalName: String
    /// BL valid patron.
    public var validPatron: Bool?
    /// CQ valid patron password.
    public var validPatronPassword: Bool?
    /// BH currency type.
    public var currencyType: String?
    /// BV fee amount owed.
    public var feeAmount: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        patronStatus: SIP2PatronStatus, language: SIP2Language = .unknown, transactionDate: SIP2Timestamp,
        institutionID: String, patronIdentifier: String, personalName: String, validPatron: Bool? = nil,
        validPatronPassword: Bool? = nil, currencyType: String? = nil, feeAmount: String? = nil,
        screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.patronStatus = patronStatus
        self.language = language
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.personalName = personalName
        self.validPatron = validPatron
        self.validPatronPassword = validPatronPassword
        self.currencyType = currencyType
        self.feeAmount = feeAmount
        self.screenMessage = screenMessage
        self.printLine = printLine
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        patronStatus = SIP2PatronStatus(wire: try reader.fixed("patron status", length: SIP2PatronStatus.length))
        language = SIP2Language(rawValue: try reader.fixed("language", length: SIP2Language.length))
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        personalName = try reader.required(.personalName)
        validPatron = try reader.optionalFlag(.validPatron)
        validPatronPassword = try reader.optionalFlag(.validPatronPassword)
        currencyType = try reader.optional(.currencyType)
        feeAmount = try reader.optional(.feeAmount)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(patronStatus.wire, length: SIP2PatronStatus.length)
        writer.fixed(language.rawValue, length: SIP2Language.length)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.personalName, personalName)
        writer.flagField(.validPatron, validPatron)
        writer.flagField(.validPatronPassword, validPatronPassword)
        writer.field(.currencyType, currencyType)
        writer.field(.feeAmount, feeAmount)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
