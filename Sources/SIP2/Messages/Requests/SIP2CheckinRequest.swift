/// Checkin (09): an item (AB) comes back, at the kiosk's location (AP).
public struct SIP2CheckinRequest: SIP2Message {
    public var code: SIP2MessageCode { .checkin }
    /// No block: the kiosk took the item back off-line and the ACS must accept it.
    public var noBlock: Bool = false
    public var transactionDate: SIP2Timestamp
    /// When the item was returned (for off-line returns); blank read as `nil`.
    public var returnDate: SIP2Timestamp?
    /// AP current location; required by the spec, some kiosks leave it out.
    public var currentLocation: String?
    /// AO institution id.
    public var institutionID: String
    /// AB item identifier (barcode).
    public var itemIdentifier: String
    /// AC terminal password.
    public var terminalPassword: String?
    /// CH item properties.
    public var itemProperties: String?
    /// BI cancel: undo a check-in the kiosk could not finish.
    public var cancel: Bool?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        transactionDate: SIP2Timestamp, returnDate: SIP2Timestamp?, currentLocation: String?, institutionID: String,
        itemIdentifier: String, terminalPassword: String? = nil
    ) {
        self.transactionDate = transactionDate
        self.returnDate = returnDate
        self.currentLocation = currentLocation
        self.institutionID = institutionID
        self.itemIdentifier = itemIdentifier
        self.terminalPassword = terminalPassword
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        noBlock = try reader.flag("no block")
        transactionDate = try reader.timestamp("transaction date")
        returnDate = try reader.optionalTimestamp("return date")
        currentLocation = try reader.optional(.currentLocation)
        institutionID = try reader.required(.institutionID)
        itemIdentifier = try reader.required(.itemIdentifier)
        terminalPassword = try reader.optional(.terminalPassword)
        itemProperties = try reader.optional(.itemProperties)
        cancel = try reader.optionalFlag(.cancel)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.flag(noBlock)
        writer.timestamp(transactionDate)
        writer.timestamp(returnDate)
        writer.field(.currentLocation, currentLocation)
        writer.field(.institutionID, institutionID)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.terminalPassword, terminalPassword)
        writer.field(.itemProperties, itemProperties)
        writer.flagField(.cancel, cancel)
        writer.fields(otherFields)
    }
}
