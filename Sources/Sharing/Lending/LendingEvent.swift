import ISO18626

/// What can happen to a request a peer sent us: our staff's (or the automatic answerer's) decisions, the
/// requester's actions (`requestingAgencyMessage/action`) and the jobs' findings.
public enum LendingEvent: Sendable, Equatable {
    case expectToSupply(note: String?)
    case willSupply(note: String?)
    /// Offer the item only under these conditions (`LibraryUseOnly`, `NoReproduction`, …).
    case offerConditions([String], note: String?)
    /// Ship the copy with this barcode, due back then, at this cost.
    case ship(barcode: String, dueAt: Int64, costCents: Int, currency: String)
    /// Deliver a copy (document delivery) at this cost; the requester fetches it at `url`.
    case deliverCopy(url: String, costCents: Int, currency: String)
    case unfilled(reason: String)
    case markOverdue
    case recall(note: String?)
    /// The copy came back to the lending library.
    case returnReceived
    /// The institution's loan was renewed (true, new due date) or not.
    case renewalAnswered(renewed: Bool, dueAt: Int64?)
    /// A `requestingAgencyMessage` from the requester.
    case requester(ILLAction, note: String?)
}
