import ISO18626

/// Another agency we lend to and borrow from over ISO 18626: where it listens, what it offers, on what terms.
public struct Peer: Sendable, Codable, Equatable {
    public var agency: AgencyID
    public var name: String
    public var nameZh: String?
    /// The peer's ISO 18626 endpoint (HTTP POST of `ISO18626Message` documents).
    public var endpoint: String
    /// Base URL of the peer's Pinakes node (or any server answering `/api/v1/search?q=isbn:…`), asked for live
    /// availability when a rota is built; none means availability is unknown.
    public var catalogue: String?
    public var services: [ServiceType]
    /// Loan period the peer grants, in days.
    public var loanDays: Int?
    /// What the peer says about copies (formats, turnaround, limits), shown to staff.
    public var copyTerms: String?
    /// What the peer charges.
    public var tariff: LedgerTariff?
    /// Days the peer usually takes from request to shipping.
    public var turnaroundDays: Double?
    /// Hours the peer has to answer a request before the next lender is asked.
    public var answerHours: Int
    /// IANA time zone of the peer (`Asia/Shanghai`), for its closed days.
    public var timeZone: String
    /// Days of the week the peer does not work (1 = Monday … 7 = Sunday) and dates (`2027-02-05`).
    public var closedWeekdays: [Int]
    public var closedDates: [String]
    public var latitude: Double?
    public var longitude: Double?
    /// What we send the peer in `requestingAgencyAuthentication` (the account it opened for us).
    public var outgoingAccountID: String?
    public var outgoingSecurityCode: String?
    /// A bearer token the peer gave us for its endpoint, sent as `Authorization: Bearer`.
    public var outgoingToken: String?
    /// The account id the peer presents to us (its security code is kept hashed, never in this document).
    public var incomingAccountID: String?
    /// Username of a `peer` account whose API token the peer may use instead of a security code.
    public var peerAccount: String?
    public var suspended: Bool
    public var note: String

    public init(
        agency: AgencyID, name: String, nameZh: String? = nil, endpoint: String, catalogue: String? = nil,
        services: [ServiceType] = [.loan, .copy], loanDays: Int? = 28, copyTerms: String? = nil,
        tariff: LedgerTariff? = nil, turnaroundDays: Double? = nil, answerHours: Int = 48,
        timeZone: String = "Asia/Shanghai", closedWeekdays: [Int] = [], closedDates: [String] = [],
        latitude: Double? = nil, longitude: Double? = nil, outgoingAccountID: String? = nil,
        outgoingSecurityCode: String? = nil, outgoingToken: String? = nil, incomingAccountID: String? = nil,
        peerAccount: String? = nil, suspended: Bool = false, note: String = ""
    ) {
        self.agency = agency
        self.name = name
        self.nameZh = nameZh
        self.endpoint = endpoint
        self.catalogue = catalogue
        self.services = services
        self.loanDays = loanDays
        self.copyTerms = copyTerms
        self.tariff = tariff
        self.turnaroundDays = turnaroundDays
        self.answerHours = answerHours
        self.timeZone = timeZone
        self.closedWeekdays = closedWeekdays
        self.closedDates = closedDates
        self.latitude = latitude
        self.longitude = longitude
        self.outgoingAccountID = outgoingAccountID
        self.outgoingSecurityCode = outgoingSecurityCode
        self.outgoingToken = outgoingToken
        self.incomingAccountID = incomingAccountID
        self.peerAccount = peerAccount
        self.suspended = suspended
        self.note = note
    }
}
