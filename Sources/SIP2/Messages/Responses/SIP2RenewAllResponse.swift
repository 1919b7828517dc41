/// Renew all response (66): which loans were renewed (BM) and which not (BN).
public struct SIP2RenewAllResponse: SIP2Message {
    public var code: SIP2MessageCode { .renewAllResponse }
    public var ok: Bool
    public var renewedCount: Int
    public var unrenewedCount: Int
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// BM renewed items.
    public var renewedItems: [String] = []
    /// BN unrenewed items.
    public var unrenewedItems: [String] = []
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        ok: Bool, transactionDate: SIP2Timestamp, institutionID: String, renewedItems: [String],
        unrenewedItems: [String]
    ) {
        self.ok = ok
        self.renewedCount = renewedItems.count
        self.unrenewedCount = unrenewedItems.count
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.renewedItems = renewedItems
        self.unrenewedItems = unrenewedItems
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        ok = try reader.okFlag("ok")
        renewedCount = try reader.count("renewed count", length: 4)
        unrenewedCount = try reader.count("unrenewed count", length: 4)
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        renewedItems = try reader.repeated(.renewedItems)
        unrenewedItems = try reader.repeated(.unrenewedItems)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.okFlag(ok)
        writer.count(renewedCount, length: 4)
        writer.count(unrenewedCount, length: 4)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.fields(.renewedItems, renewedItems)
        writer.fields(.unrenewedItems, unrenewedItems)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
