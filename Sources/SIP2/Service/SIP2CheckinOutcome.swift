/// The outcome of a check-in (10): taken back or not, and where the item goes next.
public struct SIP2CheckinOutcome: Sendable, Equatable {
    public var ok: Bool
    /// Whether the kiosk should turn the security strip back on.
    public var resensitize: Bool
    /// Whether the item must be set aside (for a hold or a transit) rather than shelved.
    public var alert: Bool
    public var barcode: String
    /// AQ owning library or shelf location.
    public var permanentLocation: String
    public var title: String?
    public var sortBin: String?
    /// AA card of the borrower who had it.
    public var card: String?
    public var magneticMedia: SIP2Tristate = .unknown
    public var mediaType: SIP2MediaType?
    /// CV alert type (`01` hold here, `02` hold at another library, `04` send to another library).
    public var alertType: String?
    /// CT library the item travels to.
    public var destinationLocation: String?
    /// CY card of the patron the item is held for.
    public var holdPatronCard: String?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        ok: Bool, resensitize: Bool? = nil, alert: Bool = false, barcode: String, permanentLocation: String = "",
        title: String? = nil, screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.ok = ok
        self.resensitize = resensitize ?? ok
        self.alert = alert
        self.barcode = barcode
        self.permanentLocation = permanentLocation
        self.title = title
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
