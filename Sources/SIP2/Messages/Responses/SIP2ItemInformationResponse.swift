/// Item information response (18): circulation status, title, due date and locations of an item.
public struct SIP2ItemInformationResponse: SIP2Message {
    public var code: SIP2MessageCode { .itemInformationResponse }
    public var circulationStatus: SIP2CirculationStatus
    public var securityMarker: SIP2SecurityMarker = .none
    public var feeType: SIP2FeeType = .other
    public var transactionDate: SIP2Timestamp
    /// AB item identifier.
    public var itemIdentifier: String
    /// AJ title identifier.
    public var titleIdentifier: String
    /// CF hold queue length.
    public var holdQueueLength: Int?
    /// AH due date.
    public var dueDate: String?
    /// CJ recall date.
    public var recallDate: String?
    /// CM hold pickup date.
    public var holdPickupDate: String?
    /// BG owner (the owning institution).
    public var owner: String?
    /// BH currency type.
    public var currencyType: String?
    /// BV fee amount.
    public var feeAmount: String?
    /// CK media type.
    public var mediaType: SIP2MediaType?
    /// AQ permanent location.
    public var permanentLocation: String?
    /// AP current location.
    public var currentLocation: String?
    /// CH item properties.
    public var itemProperties: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        circulationStatus: SIP2CirculationStatus, transactionDate: SIP2Timestamp, itemIdentifier: String,
        titleIdentifier: String
    ) {
        self.circulationStatus = circulationStatus
        self.transactionDate = transactionDate
        self.itemIdentifier = itemIdentifier
        self.titleIdentifier = titleIdentifier
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        circulationStatus = SIP2CirculationStatus(rawValue: try reader.fixed("circulation status", length: 2))
        securityMarker = SIP2SecurityMarker(rawValue: try reader.fixed("security marker", length: 2))
        feeType = SIP2FeeType(rawValue: try reader.fixed("fee type", length: 2))
        transactionDate = try reader.timestamp("transaction date")
        itemIdentifier = try reader.required(.itemIdentifier)
        titleIdentifier = try reader.required(.titleIdentifier)
        holdQueueLength = try reader.optionalNumber(.holdQueueLength)
        dueDate = try reader.optional(.dueDate)
        recallDate = try reader.optional(.recallDate)
        holdPickupDate = try reader.optional(.holdPickupDate)
        owner = try reader.optional(.owner)
        currencyType = try reader.optional(.currencyType)
        feeAmount = try reader.optional(.feeAmount)
        mediaType = try reader.optional(.mediaType).map(SIP2MediaType.init(rawValue:))
        permanentLocation = try reader.optional(.permanentLocation)
        currentLocation = try reader.optional(.currentLocation)
        itemProperties = try reader.optional(.itemProperties)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(circulationStatus.rawValue, length: 2)
        writer.fixed(securityMarker.rawValue, length: 2)
        writer.fixed(feeType.rawValue, length: 2)
        writer.timestamp(transactionDate)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.titleIdentifier, titleIdentifier)
        writer.field(.holdQueueLength, holdQueueLength.map(String.init))
        writer.field(.dueDate, dueDate)
        writer.field(.recallDate, recallDate)
        writer.field(.holdPickupDate, holdPickupDate)
        writer.field(.owner, owner)
        writer.field(.currencyType, currencyType)
        writer.field(.feeAmount, feeAmount)
        writer.field(.mediaType, mediaType?.rawValue)
        writer.field(.permanentLocation, permanentLocation)
        writer.field(.currentLocation, currentLocation)
        writer.field(.itemProperties, itemProperties)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
