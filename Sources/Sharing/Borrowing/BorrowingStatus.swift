/// Where a request we sent for one of our readers stands (the requester's machine, DESIGN.md section 6).
public enum BorrowingStatus: String, Sendable, Codable, CaseIterable {
    /// Asked for by a reader, waiting for staff to review it.
    case pendingReview = "pending-review"
    /// Staff refused to send it.
    case rejected
    /// Sent to the current lender on the rota; waiting for its answer.
    case requestSent = "request-sent"
    case expectToSupply = "expect-to-supply"
    case willSupply = "will-supply"
    /// The lender offered it under conditions; staff must accept or refuse them.
    case conditionsPending = "conditions-pending"
    /// The lender shipped it (`Loaned`).
    case shipped
    /// It arrived at the pickup library and waits for the reader.
    case received
    /// The reader has it.
    case onLoanToReader = "on-loan-to-reader"
    /// The reader brought it back; it waits to be shipped home.
    case returnedByReader = "returned-by-reader"
    /// Shipped back to the lender (`ShippedReturn`).
    case returnShipped = "return-shipped"
    /// The lender confirmed the return (`LoanCompleted`) or delivered the copy (`CopyCompleted`).
    case completed
    /// Every lender on the rota said no or did not answer.
    case endOfRota = "end-of-rota"
    /// We asked the lender to cancel and wait for its answer.
    case cancelPending = "cancel-pending"
    case cancelled

    /// Whether nothing more happens to the request.
    public var isFinal: Bool {
        self == .rejected || self == .completed || self == .endOfRota || self == .cancelled
    }

    /// Whether a lender has been asked and has not shipped yet (the request may still be cancelled there).
    public var isWaitingForLender: Bool {
        self == .requestSent || self == .expectToSupply || self == .willSupply || self == .conditionsPending
    }
}
