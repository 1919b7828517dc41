/// Fee paid (37): the patron paid an amount (BV) at the kiosk.
public struct SIP2FeePaidRequest: SIP2Message {
    public var code: SIP2MessageCode { .feePaid }
    public var transactionDate: SIP2Timestamp
    public var feeType: SIP2FeeType = .other
    public var paymentType: SIP2PaymentType = .cash
    /// Three-letter ISO 4217 currency (`CNY`, `USD`).
    public var currencyType: String
    /// BV fee amount as sent, a decimal such as `12.50`.
    public var feeAmount: String
    /// AO institution id.
    public var institutionID: String
    /// AA patron identifier.
    public var patronIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// AD patron password.
    public var patronPassword: String?
    /// CG fee identifier: which fee is paid, when the kiosk knows.
    public var feeIdentifier: String?
    /// BK transaction id of the payment system.
    public var transactionID: String?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, feeType: SIP2FeeType = .other, paymentType: SIP2PaymentType = .cash,
        currencyType: String, feeAmount: String, institutionID: String, patronIdentifier: String,
        feeIdentifier: String? = nil, transactionID: String? = nil
    ) {
        self.transactionDate = transactionDate
        self.feeType = feeType
        self.paymentType = paymentType
        self.currencyType = currencyType
        self.feeAmount = feeAmount
        self.institutionID = institutionID
        self.patronIdentifier = patronIdentifier
        self.feeIdentifier = feeIdentifier
        self.transactionID = transactionID
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        transactionDate = try reader.timestamp("transaction date")
        feeType = SIP2FeeType(rawValue: try reader.fixed("fee type", length: SIP2FeeType.length))
        paymentType = SIP2PaymentType(rawValue: try reader.fixed("payment type", length: SIP2PaymentType.length))
        currencyType = try reader.fixed("currency type", length: 3)
        feeAmount = try reader.required(.feeAmount)
        institutionID = try reader.required(.institutionID)
        patronIdentifier = try reader.required(.patronIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        patronPassword = try reader.optional(.patronPassword)
        feeIdentifier = try reader.optional(.feeIdentifier)
        transactionID = try reader.optional(.transactionID)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.timestamp(transactionDate)
        writer.fixed(feeType.rawValue, length: SIP2FeeType.length)
        writer.fixed(paymentType.rawValue, length: SIP2PaymentType.length)
        writer.fixed(currencyType, length: 3)
        writer.field(.feeAmount, feeAmount)
        writer.field(.institutionID, institutionID)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.patronPassword, patronPassword)
        writer.field(.feeIdentifier, feeIdentifier)
        writer.field(.transactionID, transactionID)
        writer.fields(otherFields)
    }
}
