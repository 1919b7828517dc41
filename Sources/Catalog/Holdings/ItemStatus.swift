/// Where a copy is in its life; circulation moves it between these.
public enum ItemStatus: String, Sendable, Codable, CaseIterable {
    case available
    case onLoan = "on-loan"
    case inTransit = "in-transit"
    case onHoldShelf = "on-hold-shelf"
    case onOrder = "on-order"
    case inProcessing = "in-processing"
    case notForLoan = "not-for-loan"
    case lost
    case missing
    case damaged
    case withdrawn
}
