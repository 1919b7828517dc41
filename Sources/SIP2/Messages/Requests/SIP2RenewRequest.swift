/// Renew (29): extend one loan of a patron, named by item (AB) or title (AJ).
public struct SIP2RenewRequest: SIP2Message {
    public var code: SIP2MessageCode { .renew }
    /// Third party allowed: the item may be renewed though another patron's card borrowed it.
    public var thirdPartyAllowed: Bool = false
    /// No block: the kiosk renewed off-line.
    public var noBlock: Bool = false
    public var transactionDate: SIP2Timestamp
    /// The due date the kiosk gave when it renewed off-line.
    public var noBlockDueDate: SIP2Timestamp?
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AD patron password.
    public var patronPassword: String?
    /// AB item identifier.
    public var itemIdentifier: String?
    /// AJ title identifier.
    public var titleIdentifier: String?
    /// AC terminal password.
    public var terminalPassword: String?
    /// CH item properties.
    public var itemProperties: String?
    /// BO fee acknowledged.
    public var feeAcknowledged: Bool?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String, itemIdentifier: String?,
        titleIdentifier: String? = nil, patronPassword: String? = nil
    ) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.itemIdentifier = itemIdentifier
        self.titleIdentifier = titleIdentifier
        self.patronPassword = patronPassword
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        thirdPartyAllowed = try reader.flag("third party allowed")
        noBlock = try reader.flag("no block")
        transactionDate = try reader.timestamp("transaction date")
        noBlockDueDate = try reader.optionalTimestamp("nb due date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        patronPassword = try reader.optional(.patronPassword)
        itemIdentifier = try reader.optional(.itemIdentifier)
        titleIdentifier = try reader.optional(.titleIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        itemProperties = try reader.optional(.itemProperties)
        feeAcknowledged = try reader.optionalFlag(.feeAcknowledged)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.flag(thirdPartyAllowed)
        writer.flag(noBlock)
        writer.timestamp(transactionDate)
        writer.timestamp(noBlockDueDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.patronPassword, patronPassword)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.titleIdentifier, titleIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.itemProperties, itemProperties)
        writer.flagField(.feeAcknowledged, feeAcknowledged)
        writer.fields(otherFields)
    }
}
