import ISO18626

/// The borrowing side of one interlibrary request, as a value: the rota, who has it now, and what was agreed.
public struct BorrowingState: Sendable, Equatable, Codable {
    public var status: BorrowingStatus
    public var service: ServiceType
    /// The lenders to ask, best first (see `LenderSelection`).
    public var rota: [AgencyID]
    /// Index in `rota` of the lender asked now.
    public var position: Int?
    /// The last status the lender reported.
    public var lenderStatus: ILLStatus?
    /// Conditions the lender asked us to accept.
    public var conditions: [String]
    /// When the lender wants the item back (seconds since 1970).
    public var dueAt: Int64?
    public var overdue: Bool
    public var recalled: Bool
    public var renewPending: Bool
    /// The status before a cancellation was asked for, to go back to when the lender says no.
    public var beforeCancel: BorrowingStatus?
    /// Where the lender's delivered copy can be fetched (until it is fetched and kept here).
    public var documentURL: String?

    public init(
        status: BorrowingStatus = .pendingReview, service: ServiceType = .loan, rota: [AgencyID] = [],
        position: Int? = nil, lenderStatus: ILLStatus? = nil, conditions: [String] = [], dueAt: Int64? = nil,
        overdue: Bool = false, recalled: Bool = false, renewPending: Bool = false, beforeCancel: BorrowingStatus? = nil
    ) {
        self.status = status
        self.service = service
        self.rota = rota
        self.position = position
        self.lenderStatus = lenderStatus
        self.conditions = conditions
        self.dueAt = dueAt
        self.overdue = overdue
        self.recalled = recalled
        self.renewPending = renewPending
        self.beforeCancel = beforeCancel
    }

    /// The lender asked now.
    public var lender: AgencyID? {
        guard let position, rota.indices.contains(position) else { return nil }
        return rota[position]
    }
}
