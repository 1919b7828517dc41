import ISO18626

/// The lending side of one interlibrary request, as a value: status, the copy chosen and what was agreed.
public struct LendingState: Sendable, Equatable, Codable {
    public var status: LendingStatus
    public var service: ServiceType
    /// The copy lent (its barcode), once chosen.
    public var barcode: String?
    /// Loan conditions we offered (`deliveryInfo/loanCondition`), and whether the requester accepted them.
    public var conditions: [String]
    public var conditionsAccepted: Bool
    /// When the borrowing institution must return the copy (seconds since 1970).
    public var dueAt: Int64?
    public var overdue: Bool
    public var recalled: Bool
    /// The copy delivered for a copy request was a document (`CopyCompleted`).
    public var copyDelivered: Bool
    /// The union-catalogue title the request was matched to, if any.
    public var clusterID: Int64?

    public init(
        status: LendingStatus = .received, service: ServiceType = .loan, barcode: String? = nil,
        conditions: [String] = [], conditionsAccepted: Bool = false, dueAt: Int64? = nil, overdue: Bool = false,
        recalled: Bool = false, copyDelivered: Bool = false
    ) {
        self.status = status
        self.service = service
        self.barcode = barcode
        self.conditions = conditions
        self.conditionsAccepted = conditionsAccepted
        self.dueAt = dueAt
        self.overdue = overdue
        self.recalled = recalled
        self.copyDelivered = copyDelivered
    }

    /// The ISO 18626 status to report now (`Overdue` and `Recalled` win while the copy is out).
    public var reportedStatus: ILLStatus {
        if status == .completed { return copyDelivered ? .copyCompleted : .loanCompleted }
        if status == .shipped || status == .returnShipped {
            if recalled { return .recalled }
            if overdue { return .overdue }
        }
        return status.iso
    }
}
