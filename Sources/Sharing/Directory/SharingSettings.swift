import ISO18626

/// How this node shares: its public endpoint, the automatic decisions, and its own terms (published at
/// `/api/v1/directory`). Stored as one JSON document in `ill_setting`.
public struct SharingSettings: Sendable, Codable, Equatable {
    /// The URL peers post ISO 18626 messages to (`https://…/iso18626`); none means "this server's /iso18626".
    public var endpoint: String?
    /// Send readers' requests without a librarian's review.
    public var autoApprove: Bool
    /// Answer `WillSupply` at once when a lendable copy is on the shelf, `Unfilled` when we hold none.
    public var autoSupply: Bool
    public var services: [ServiceType]
    /// Days we lend to other agencies.
    public var loanDays: Int
    public var tariff: LedgerTariff
    public var turnaroundDays: Double
    /// Hours a lender has to answer us when its directory entry says nothing.
    public var answerHours: Int
    public var timeZone: String
    public var closedWeekdays: [Int]
    public var closedDates: [String]
    /// A delivered document's link lasts this many days and opens this many times.
    public var documentDays: Int
    public var documentOpens: Int
    /// Largest document a supplier may upload, in bytes.
    public var documentMaxBytes: Int
    public var copyTerms: String
    /// Whose copyright law the copyright rules apply (`CN`, `US`…); none means the rules' default.
    public var copyrightJurisdiction: String?

    public init(
        endpoint: String? = nil, autoApprove: Bool = false, autoSupply: Bool = true,
        services: [ServiceType] = [.loan, .copy], loanDays: Int = 28, tariff: LedgerTariff = LedgerTariff(),
        turnaroundDays: Double = 3, answerHours: Int = 48, timeZone: String = "Asia/Shanghai",
        closedWeekdays: [Int] = [], closedDates: [String] = [], documentDays: Int = 14, documentOpens: Int = 5,
        documentMaxBytes: Int = 20 << 20, copyTerms: String = "PDF or image scans, sent within two working days",
        copyrightJurisdiction: String? = nil
    ) {
        self.endpoint = endpoint
        self.autoApprove = autoApprove
        self.autoSupply = autoSupply
        self.services = services
        self.loanDays = loanDays
        self.tariff = tariff
        self.turnaroundDays = turnaroundDays
        self.answerHours = answerHours
        self.timeZone = timeZone
        self.closedWeekdays = closedWeekdays
        self.closedDates = closedDates
        self.documentDays = documentDays
        self.documentOpens = documentOpens
        self.documentMaxBytes = documentMaxBytes
        self.copyTerms = copyTerms
        self.copyrightJurisdiction = copyrightJurisdiction
    }
}
