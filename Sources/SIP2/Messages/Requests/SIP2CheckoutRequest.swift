/// Checkout (11): lend an item (AB) to a patron (AA).
public struct SIP2CheckoutRequest: SIP2Message {
    public var code: SIP2MessageCode { .checkout }
    /// SC renewal policy: whether the kiosk may renew items it lent.
    public var scRenewalPolicy: Bool = false
    /// No block: the kiosk lent the item off-line and the ACS must accept it.
    public var noBlock: Bool = false
    public var transactionDate: SIP2Timestamp
    /// The due date the kiosk gave when it lent off-line (no block), else blank.
    public var noBlockDueDate: SIP2Timestamp?
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AB item identifier (barcode).
    public var itemIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// CH item properties.
    public var itemProperties: String?
    /// AD patron password.
    public var patronPassword: String?
    /// BO fee acknowledged: the patron agreed to pay a rental fee.
    public var feeAcknowledged: Bool?
    /// BI cancel: undo a checkout the kiosk could not finish (the item was not desensitized).
    public var cancel: Bool?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String, itemIdentifier: String,
        patronPassword: String? = nil, feeAcknowledged: Bool? = nil, cancel: Bool? = nil
    ) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.itemIdentifier = itemIdentifier
        self.patronPassword = patronPassword
        self.feeAcknowledged = feeAcknowledged
        self.cancel = cancel
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        scRenewalPolicy = try reader.flag("SC renewal policy")
        noBlock = try reader.flag("no block")
        transactionDate = try reader.timestamp("transaction date")
        noBlockDueDate = try reader.optionalTimestamp("nb due date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        itemIdentifier = try reader.required(.itemIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        itemProperties = try reader.optional(.itemProperties)
        patronPassword = try reader.optional(.patronPassword)
        feeAcknowledged = try reader.optionalFlag(.feeAcknowledged)
        cancel = try reader.optionalFlag(.cancel)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.flag(scRenewalPolicy)
        writer.flag(noBlock)
        writer.timestamp(transactionDate)
        writer.timestamp(noBlockDueDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.itemProperties, itemProperties)
        writer.field(.patronPassword, patronPassword)
        writer.flagField(.feeAcknowledged, feeAcknowledged)
        writer.flagField(.cancel, cancel)
        writer.fields(otherFields)
    }
}
