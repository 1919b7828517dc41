/// Patron status request (23): is this card valid and may its patron borrow?
public struct SIP2PatronStatusRequest: SIP2Message {
    public var code: SIP2MessageCode { .patronStatusRequest }
    public var language: SIP2Language = .unknown
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier (the card number).
    public var patronIdentifier: String
    /// AC terminal password; required by the spec, often left out by kiosks, so optional here.
    public var terminalPassword: String?
    /// AD patron password (PIN).
    public var patronPassword: String?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String,
        terminalPassword: String? = nil, patronPassword: String? = nil
    ) {
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.terminalPassword = terminalPassword
        self.patronPassword = patronPassword
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        language = SIP2Language(rawValue: try reader.fixed("language", length: SIP2Language.length))
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        patronPassword = try reader.optional(.patronPassword)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(language.rawValue, length: SIP2Language.length)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.patronPassword, patronPassword)
        writer.fields(otherFields)
    }
}
