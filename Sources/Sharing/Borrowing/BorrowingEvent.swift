import ISO18626

/// What can happen to a request we sent: staff's and the reader's actions, the lenders' messages, and the
/// outcome of sending.
public enum BorrowingEvent: Sendable, Equatable {
    /// Staff (or the automatic reviewer) approve it with the rota to walk.
    case approve(rota: [AgencyID])
    case reject(reason: String)
    /// The lender could not be reached, or answered ERROR: try the next.
    case sendFailed(reason: String)
    /// The lender did not answer in time: cancel there and try the next.
    case answerTimedOut
    case lender(LenderNews)
    case acceptConditions
    case refuseConditions
    /// Arrived at the pickup library.
    case receive
    case lendToReader
    case readerReturned
    case shipReturn
    case cancel(reason: String?)
    case renew
    case statusRequest
}
