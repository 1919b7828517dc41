/// Patron information response (64): status, counts and limits, and the item list the summary asked for.
public struct SIP2PatronInformationResponse: SIP2Message {
    public var code: SIP2MessageCode { .patronInformationResponse }
    public var patronStatus: SIP2PatronStatus
    public var language: SIP2Language = .unknown
    public var transactionDate: SIP2Timestamp
    public var holdItemsCount: Int = 0
    public var overdueItemsCount: Int = 0
    public var chargedItemsCount: Int = 0
    public var fineItemsCount: Int = 0
    public var recallItemsCount: Int = 0
    public var unavailableHoldsCount: Int = 0
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AE personal name.
    public var personalName: String
    /// BZ hold items limit.
    public var holdItemsLimit: Int?
    /// CA overdue items limit.
    public var overdueItemsLimit: Int?
    /// CB charged items limit.
    public var chargedItemsLimit: Int?
    /// BL valid patron.
    public var validPatron: Bool?
    /// CQ valid patron password.
    public var validPatronPassword: Bool?
    /// BH currency type.
    public var currencyType: String?
    /// BV fee amount owed.
    public var feeAmount: String?
    /// CC fee limit.
    public var feeLimit: String?
    /// AS hold items.
    public var holdItems: [String] = []
    /// AT overdue items.
    public var overdueItems: [String] = []
    /// AU charged items.
    public var chargedItems: [String] = []
    /// AV fine items.
    public var fineItems: [String] = []
    /// BU recall items.
    public var recallItems: [String] = []
    /// CD unavailable hold items.
    public var unavailableHoldItems: [String] = []
    /// BD home address.
    public var homeAddress: String?
    /// BE e-mail address.
    public var emailAddress: String?
    /// BF home phone number.
    public var homePhone: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        patronStatus: SIP2PatronStatus, transactionDate: SIP2Timestamp, institutionID: String,
        patronIdentifier: String, personalName: String
    ) {
        self.patronStatus = patronStatus
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.personalName = personalName
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        patronStatus = SIP2PatronStatus(wire: try reader.fixed("patron status", length: SIP2PatronStatus.length))
        language = SIP2Language(rawValue: try reader.fixed("language", length: SIP2Language.length))
        transactionDate = try reader.timestamp("transaction date")
        holdItemsCount = try reader.count("hold items count", length: 4)
        overdueItemsCount = try reader.count("overdue items count", length: 4)
        chargedItemsCount = try reader.count("charged items count", length: 4)
        fineItemsCount = try reader.count("fine items count", length: 4)
        recallItemsCount = try reader.count("recall items count", length: 4)
        unavailableHoldsCount = try reader.count("unavailable holds count", length: 4)
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        personalName = try reader.required(.personalName)
        holdItemsLimit = try reader.optionalNumber(.holdItemsLimit)
        overdueItemsLimit = try reader.optionalNumber(.overdueItemsLimit)
        chargedItemsLimit = try reader.optionalNumber(.chargedItemsLimit)
        validPatron = try reader.optionalFlag(.validPatron)
        validPatronPassword = try reader.optionalFlag(.validPatronPassword)
        currencyType = try reader.optional(.currencyType)
        feeAmount = try reader.optional(.feeAmount)
        feeLimit = try reader.optional(.feeLimit)
        try readListsAndContact(&reader)
    }

    private mutating func readListsAndContact(_ reader: inout SIP2MessageReader) throws(SIP2Error) {
        holdItems = try reader.repeated(.holdItems)
        overdueItems = try reader.repeated(.overdueItems)
        chargedItems = try reader.repeated(.chargedItems)
        fineItems = try reader.repeated(.fineItems)
        recallItems = try reader.repeated(.recallItems)
        unavailableHoldItems = try reader.repeated(.unavailableHoldItems)
        homeAddress = try reader.optional(.homeAddress)
        emailAddress = try reader.optional(.emailAddress)
        homePhone = try reader.optional(.homePhone)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(patronStatus.wire, length: SIP2PatronStatus.length)
        writer.fixed(language.rawValue, length: SIP2Language.length)
        writer.timestamp(transactionDate)
        for count in [
            holdItemsCount, overdueItemsCount, chargedItemsCount, fineItemsCount, recallItemsCount,
            unavailableHoldsCount,
        ] {
            writer.count(count, length: 4)
        }
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.personalName, personalName)
        writer.field(.holdItemsLimit, holdItemsLimit.map(String.init))
        writer.field(.overdueItemsLimit, overdueItemsLimit.map(String.init))
        writer.field(.chargedItemsLimit, chargedItemsLimit.map(String.init))
        writer.flagField(.validPatron, validPatron)
        writer.flagField(.validPatronPassword, validPatronPassword)
        writer.field(.currencyType, currencyType)
        writer.field(.feeAmount, feeAmount)
        writer.field(.feeLimit, feeLimit)
        writer.fields(.holdItems, holdItems)
        writer.fields(.overdueItems, overdueItems)
        writer.fields(.chargedItems, chargedItems)
        writer.fields(.fineItems, fineItems)
        writer.fields(.recallItems, recallItems)
        writer.fields(.unavailableHoldItems, unavailableHoldItems)
        writer.field(.homeAddress, homeAddress)
        writer.field(.emailAddress, emailAddress)
        writer.field(.homePhone, homePhone)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
