/// A loan's state as one word, for a status column and for lists.
public enum LoanStatus: String, Sendable, Codable, CaseIterable {
    case none
    case onLoan = "on-loan"
    /// On loan after at least one renewal.
    case renewed
    case returned
    case lost
    case claimedReturned = "claimed-returned"
}
