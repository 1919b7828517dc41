/// A loan as a value: nothing yet, on loan (possibly renewed), or ended (returned, lost, claimed returned).
/// Overdue is not a state: it follows from the due date (`isOverdue(at:)`).
public enum LoanState: Sendable, Hashable, Codable {
    case none
    case onLoan(LoanDetails)
    case returned(LoanDetails, LoanReturn)
    case lost(LoanDetails, declaredAt: Int64)
    case claimedReturned(LoanDetails, claimedAt: Int64)

    /// The state as one word.
    public var status: LoanStatus {
        switch self {
        case .none: return .none
        case .onLoan(let details): return details.renewals > 0 ? .renewed : .onLoan
        case .returned: return .returned
        case .lost: return .lost
        case .claimedReturned: return .claimedReturned
        }
    }

    /// The loan's details, nil before checkout.
    public var details: LoanDetails? {
        switch self {
        case .none: return nil
        case .onLoan(let details), .returned(let details, _), .lost(let details, _),
            .claimedReturned(let details, _):
            return details
        }
    }

    /// Whether the copy is on loan and past its due date at `instant`.
    public func isOverdue(at instant: Int64) -> Bool {
        if case .onLoan(let details) = self { return instant > details.dueAt }
        return false
    }
}
