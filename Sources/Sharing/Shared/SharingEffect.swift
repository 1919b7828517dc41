import ISO18626

/// Something a transition asks the service to do besides storing the new state.
public enum SharingEffect: Sendable, Equatable {
    /// Send the ISO 18626 `request` to this supplier (the next one on the rota).
    case sendRequest(to: AgencyID)
    /// Send a `requestingAgencyMessage` with this action to the current supplier.
    case sendAction(ILLAction, note: String?)
    /// Send a `supplyingAgencyMessage` announcing `status` to the requester.
    case sendStatus(ILLStatus, reason: ReasonForMessage, answer: Bool?, note: String?)
    /// Tell the reader (borrowing side) about the request.
    case notifyReader(ILLNoticeKind)
    /// Lend the copy to the borrowing institution in our circulation (lending side).
    case lendCopy(barcode: String)
    /// Check the copy back in at the lending library (lending side).
    case returnCopy(barcode: String)
    /// Renew the institution's loan of the copy (lending side); the answer follows as a new event.
    case renewCopy(barcode: String)
    /// Book the service's cost in the ledger between the two agencies.
    case bookCharge(cents: Int, currency: String)
    /// Fetch the delivered document from the supplier's link and keep it for the reader (borrowing side).
    case fetchDocument(url: String)
}
