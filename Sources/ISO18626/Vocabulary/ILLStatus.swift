/// The supplier's status of a request (ISO 18626 closed list `type_status`, v1.2).
public enum ILLStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case requestReceived = "RequestReceived"
    case expectToSupply = "ExpectToSupply"
    case willSupply = "WillSupply"
    case loaned = "Loaned"
    case overdue = "Overdue"
    case recalled = "Recalled"
    case retryPossible = "RetryPossible"
    case unfilled = "Unfilled"
    case copyCompleted = "CopyCompleted"
    case loanCompleted = "LoanCompleted"
    case completedWithoutReturn = "CompletedWithoutReturn"
    case cancelled = "Cancelled"

    /// Statuses after which the supplier sends nothing more for the request.
    public var isFinal: Bool {
        switch self {
        case .unfilled, .copyCompleted, .loanCompleted, .completedWithoutReturn, .cancelled: return true
        default: return false
        }
    }
}
