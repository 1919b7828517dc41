/// End patron session (35): the patron is done at the kiosk.
public struct SIP2EndPatronSessionRequest: SIP2Message {
    public var code: SIP2MessageCode { .endPatronSession }
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// AD patron password.
    public var patronPassword: String?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        patronPassword = try reader.optional(.patronPassword)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.patronPassword, patronPassword)
        writer.fields(otherFields)
    }
}
