/// Patron information request (63): the patron's counts, limits and one list of items (summary, BP–BQ).
public struct SIP2PatronInformationRequest: SIP2Message {
    public var code: SIP2MessageCode { .patronInformation }
    public var language: SIP2Language = .unknown
    public var transactionDate: SIP2Timestamp
    /// Which list of items to return, if any.
    public var summary: SIP2Summary?
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier (the card number).
    public var patronIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// AD patron password (PIN).
    public var patronPassword: String?
    /// BP start item, 1-based.
    public var startItem: Int?
    /// BQ end item, 1-based and inclusive.
    public var endItem: Int?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, summary: SIP2Summary? = nil, institutionID: String, patronIdentifier: String,
        patronPassword: String? = nil, startItem: Int? = nil, endItem: Int? = nil
    ) {
        self.transactionDate = transactionDate
        self.summary = summary
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.patronPassword = patronPassword
        self.startItem = startItem
        self.endItem = endItem
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        language = SIP2Language(rawValue: try reader.fixed("language", length: SIP2Language.length))
        transactionDate = try reader.timestamp("transaction date")
        summary = SIP2Summary(wire: try reader.fixed("summary", length: SIP2Summary.length))
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        patronPassword = try reader.optional(.patronPassword)
        startItem = try reader.optionalNumber(.startItem)
        endItem = try reader.optionalNumber(.endItem)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(language.rawValue, length: SIP2Language.length)
        writer.timestamp(transactionDate)
        writer.fixed(SIP2Summary.wire(summary), length: SIP2Summary.length)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.patronPassword, patronPassword)
        writer.field(.startItem, startItem.map(String.init))
        writer.field(.endItem, endItem.map(String.init))
        writer.fields(otherFields)
    }
}
