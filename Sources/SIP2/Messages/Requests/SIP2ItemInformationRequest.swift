/// Item information (17): status, title and due date of an item (AB).
public struct SIP2ItemInformationRequest: SIP2Message {
    public var code: SIP2MessageCode { .itemInformation }
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AB item identifier (barcode).
    public var itemIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(transactionDate: SIP2Timestamp, institutionID: String, itemIdentifier: String) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.itemIdentifier = itemIdentifier
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        itemIdentifier = try reader.required(.itemIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.fields(otherFields)
    }
}
