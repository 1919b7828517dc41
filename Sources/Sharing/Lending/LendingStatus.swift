import ISO18626

/// Where a request a peer sent us stands on our side (the supplier's machine, DESIGN.md section 6).
public enum LendingStatus: String, Sendable, Codable, CaseIterable {
    /// Arrived, waiting for a decision (automatic or by staff).
    case received
    /// We told the requester we expect to supply it.
    case expectToSupply = "expect-to-supply"
    /// We will supply it: it is on the pull list.
    case willSupply = "will-supply"
    /// We offered it under conditions and wait for the requester's answer.
    case conditionsPending = "conditions-pending"
    /// Shipped (ISO 18626 `Loaned`): the copy is on loan to the borrowing institution.
    case shipped
    /// The requester says the copy is on its way back (`ShippedReturn`).
    case returnShipped = "return-shipped"
    /// The copy is back (`LoanCompleted`) or the document was delivered (`CopyCompleted`).
    case completed
    /// We cannot supply it (`Unfilled`).
    case unfilled
    /// The requester cancelled before we shipped (`Cancelled`).
    case cancelled

    /// Whether nothing more happens to the request.
    public var isFinal: Bool { self == .completed || self == .unfilled || self == .cancelled }

    /// The ISO 18626 status the requester sees for this state.
    public var iso: ILLStatus {
        switch self {
        case .received: return .requestReceived
        case .expectToSupply: return .expectToSupply
        case .willSupply, .conditionsPending: return .willSupply
        case .shipped, .returnShipped: return .loaned
        case .completed: return .loanCompleted
        case .unfilled: return .unfilled
        case .cancelled: return .cancelled
        }
    }
}
