/// Checkin response (10): whether the item was taken back, and where it must go next.
public struct SIP2CheckinResponse: SIP2Message {
    public var code: SIP2MessageCode { .checkinResponse }
    public var ok: Bool
    /// Resensitize: the kiosk must turn the security strip back on.
    public var resensitize: Bool
    public var magneticMedia: SIP2Tristate = .unknown
    /// Alert: the item must not go back on the shelf (hold, transit); sort it aside.
    public var alert: Bool
    public var transactionDate: SIP2Timestamp
    /// AO institution id.
    public var institutionID: String
    /// AB item identifier.
    public var itemIdentifier: String
    /// AQ permanent location (the owning library).
    public var permanentLocation: String
    /// AJ title identifier.
    public var titleIdentifier: String?
    /// CL sort bin.
    public var sortBin: String?
    /// AA patron identifier of the borrower who returned it.
    public var patronIdentifier: String?
    /// CK media type.
    public var mediaType: SIP2MediaType?
    /// CH item properties.
    public var itemProperties: String?
    /// CV alert type (extension: `01` hold here, `02` hold elsewhere, `04` send home …).
    public var alertType: String?
    /// CT destination location (extension): the library the item travels to.
    public var destinationLocation: String?
    /// CY hold patron identifier (extension): who the item is held for.
    public var holdPatronIdentifier: String?
    /// AF screen messages.
    public var screenMessage: [String] = []
    /// AG print lines.
    public var printLine: [String] = []
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(
        ok: Bool, resensitize: Bool, alert: Bool, transactionDate: SIP2Timestamp, institutionID: String,
        itemIdentifier: String, permanentLocation: String
    ) {
        self.ok = ok
        self.resensitize = resensitize
        self.alert = alert
        self.transactionDate = transactionDate
        self.institutionID = institutionID
        self.itemIdentifier = itemIdentifier
        self.permanentLocation = permanentLocation
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        ok = try reader.okFlag("ok")
        resensitize = try reader.flag("resensitize")
        magneticMedia = try reader.tristate("magnetic media")
        alert = try reader.flag("alert")
        transactionDate = try reader.timestamp("transaction date")
        institutionID = try reader.required(.institutionID)
        itemIdentifier = try reader.required(.itemIdentifier)
        permanentLocation = try reader.required(.permanentLocation)
        titleIdentifier = try reader.optional(.titleIdentifier)
        sortBin = try reader.optional(.sortBin)
        patronIdentifier = try reader.optional(.patronIdentifier)
        mediaType = try reader.optional(.mediaType).map(SIP2MediaType.init(rawValue:))
        itemProperties = try reader.optional(.itemProperties)
        alertType = try reader.optional(.alertType)
        destinationLocation = try reader.optional(.destinationLocation)
        holdPatronIdentifier = try reader.optional(.holdPatronIdentifier)
        screenMessage = try reader.repeated(.screenMessage)
        printLine = try reader.repeated(.printLine)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.okFlag(ok)
        writer.flag(resensitize)
        writer.tristate(magneticMedia)
        writer.flag(alert)
        writer.timestamp(transactionDate)
        writer.field(.institutionID, institutionID)
        writer.field(.itemIdentifier, itemIdentifier)
        writer.field(.permanentLocation, permanentLocation)
        writer.field(.titleIdentifier, titleIdentifier)
        writer.field(.sortBin, sortBin)
        writer.field(.patronIdentifier, patronIdentifier)
        writer.field(.mediaType, mediaType?.rawValue)
        writer.field(.itemProperties, itemProperties)
        writer.field(.alertType, alertType)
        writer.field(.destinationLocation, destinationLocation)
        writer.field(.holdPatronIdentifier, holdPatronIdentifier)
        writer.fields(.screenMessage, screenMessage)
        writer.fields(.printLine, printLine)
        writer.fields(otherFields)
    }
}
