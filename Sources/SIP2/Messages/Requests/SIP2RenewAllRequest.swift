/// Renew all (65): extend every loan of a patron that may be extended.
public struct SIP2RenewAllRequest: SIP2Message {
    public var code: SIP2MessageCode { .renewAll }
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AD patron password.
    public var patronPassword: String?
    /// AC terminal password.
    public var terminalPassword: String?
    /// BO fee acknowledged.
    public var feeAcknowledged: Bool?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String, patronPassword: String? = nil
    ) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.patronPassword = patronPassword
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        patronPassword = try reader.optional(.patronPassword)
        terminalPassword = try reader.optional(.terminalPassword)
        feeAcknowledged = try reader.optionalFlag(.feeAcknowledged)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.patronPassword, patronPassword)
        writer.field(.terminalPassword, terminalPassword)
        writer.flagField(.feeAcknowledged, feeAcknowledged)
        writer.fields(otherFields)
    }
}
