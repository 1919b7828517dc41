/// The terms one rule of the matrix gives: how long, how often renewed, how many at once, holds, fines.
public struct LoanPolicy: Sendable, Hashable, Codable {
    /// Whether items matched by the rule may leave the building at all.
    public var loanable: Bool
    public var loanPeriod: LoanPeriod
    public var maxRenewals: Int
    /// How many loans a reader of the category may have at once.
    public var maxLoans: Int
    public var holdsAllowed: Bool
    /// How many open holds a reader of the category may have.
    public var maxHolds: Int
    /// Open days a captured copy waits on the hold shelf before the hold expires.
    public var holdShelfDays: Int
    public var finePerDayCents: Int
    /// The most one loan's overdue fine may reach; nil for no cap.
    public var fineCapCents: Int?
    public var fineCounting: FineCounting

    public init(
        loanable: Bool = true, loanPeriod: LoanPeriod, maxRenewals: Int, maxLoans: Int, holdsAllowed: Bool = true,
        maxHolds: Int, holdShelfDays: Int, finePerDayCents: Int, fineCapCents: Int? = nil,
        fineCounting: FineCounting = .openDays
    ) {
        self.loanable = loanable
        self.loanPeriod = loanPeriod
        self.maxRenewals = maxRenewals
        self.maxLoans = maxLoans
        self.holdsAllowed = holdsAllowed
        self.maxHolds = maxHolds
        self.holdShelfDays = holdShelfDays
        self.finePerDayCents = finePerDayCents
        self.fineCapCents = fineCapCents
        self.fineCounting = fineCounting
    }

    /// Problems that make the terms unusable, in words for the staff page; empty when fine.
    public var problems: [String] {
        var problems: [String] = []
        switch loanPeriod {
        case .days(let days) where days < 0: problems.append("loan period is negative")
        case .hours(let hours) where hours <= 0: problems.append("an hourly loan needs at least one hour")
        default: break
        }
        let counts = [
            ("maxRenewals", maxRenewals), ("maxLoans", maxLoans), ("maxHolds", maxHolds),
            ("holdShelfDays", holdShelfDays), ("finePerDayCents", finePerDayCents),
            ("fineCapCents", fineCapCents ?? 0),
        ]
        for (name, value) in counts where value < 0 { problems.append("\(name) is negative") }
        return problems
    }
}
