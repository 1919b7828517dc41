/// Checkout response (12) and renew response (30), which SIP2 2.00 defines with the same fields.
public struct SIP2LoanResponse: SIP2Message {
    /// `.checkoutResponse` or `.renewResponse`.
    public var code: SIP2MessageCode
    public var ok: Bool
    public var renewalOK: Bool
    public var magneticMedia: SIP2Tristate = .unknown
    public var desensitize: SIP2Tristate = .unknown
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AB item identifier.
    public var itemIdentifier: String
    /// AJ title identifier.
    public var titleIdentifier: String
    /// AH due date as text (this server writes the 18-character SIP2 date).
    public var dueDate: String
    /// BT fee type.
    public var feeType: SIP2FeeType?
    /// CI security inhibit: the kiosk must not desensitize.
    public var securityInhibit: Bool?
    /// BH currency type.
    public var currencyType: String?
    /// BV fee amount.
    public var feeAmount: String?
    /// CK media type.
    public var mediaType: SIP2MediaType?
    /// CH item properties.
    public var itemProperties: String?
    /// BK transaction id.
    public var transactionID: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        code: SIP2MessageCode, ok: Bool, renewalOK: Bool, transactionDate: SIP2Timestamp, institutionID: String,
        patronIdentifier: String, itemIdentifier: String, titleIdentifier: String, dueDate: String
    ) {
        self.code = code
        self.ok = ok
        self.renewalOK = renewalOK
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.itemIdentifier = itemIdentifier
        self.titleIdentifier = titleIdentifier
        self.dueDate = dueDate
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        code = reader.code
        ok = try reader.okFlag("ok")
        renewalOK = try reader.flag("renewal ok")
        magneticMedia = try reader.tristate("magnetic media")
        desensitize = try reader.tristate("desensitize")
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        itemIdentifier = try reader.required(.itemIdentifier)
        titleIdentifier = try reader.required(.titleIdentifier)
        dueDate = try reader.required(.dueDate)
        feeType = try reader.optional(.feeType).map(SIP2FeeType.init(rawValue:))
        securityInhibit = try reader.optionalFlag(.securityInhibit)
        currencyType = try reader.optional(.currencyType)
        feeAmount = try reader.optional(.feeAmount)
        mediaType = try reader.optional(.mediaType).map(SIP2MediaType.init(rawValue:))
        itemProperties = try reader.optional(.itemProperties)
        transactionID = try reader.optional(.transactionID)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.okFlag(ok)
        writer.flag(renewalOK)
        writer.tristate(magneticMedia)
        writer.tristate(desensitize)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.titleIdentifier, titleIdentifier)
        writer.field(.dueDate, dueDate)
        writer.field(.feeType, feeType?.rawValue)
        writer.flagField(.securityInhibit, securityInhibit)
        writer.field(.currencyType, currencyType)
        writer.field(.feeAmount, feeAmount)
        writer.field(.mediaType, mediaType?.rawValue)
        writer.field(.itemProperties, itemProperties)
        writer.field(.transactionID, transactionID)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
