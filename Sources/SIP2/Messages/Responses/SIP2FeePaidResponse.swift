/// Fee paid response (38): whether the payment was recorded.
public struct SIP2FeePaidResponse: SIP2Message {
    public var code: SIP2MessageCode { .feePaidResponse }
    public var paymentAccepted: Bool
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// BK transaction id.
    public var transactionID: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        paymentAccepted: Bool, transactionDate: SIP2Timestamp, institutionID: String, patronIdentifier: String,
        transactionID: String? = nil
    ) {
        self.paymentAccepted = paymentAccepted
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.transactionID = transactionID
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        paymentAccepted = try reader.flag("payment accepted")
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        transactionID = try reader.optional(.transactionID)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.flag(paymentAccepted)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.transactionID, transactionID)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
