extension LoanState {
    /// The loan machine: the state after `event` and the effects to persist with it, or the reason it is
    /// refused. Pure: the same state and event always give the same answer.
    public func transition(on event: LoanEvent) throws(CirculationRefusal) -> Transition<LoanState> {
        switch event {
        case .checkout(let request): return try checkout(request)
        case .renew(let request): return try renew(request)
        case .checkin(let request): return try checkin(request)
        case .declareLost(let at, let calendar): return try declareLost(at: at, calendar: calendar)
        case .claimReturned(let at): return try claimReturned(at: at)
        case .sendNotices(let at, let window): return notices(at: at, dueSoonWindow: window)
        }
    }

    /// The refusal for an event that needs a loan on loan, told in terms of the state the loan is in.
    func notOnLoanRefusal() -> CirculationRefusal {
        switch self {
        case .lost(let details, _): return .itemRecordedLost(barcode: details.copy.barcode)
        case .claimedReturned(let details, _): return .itemClaimedReturned(barcode: details.copy.barcode)
        case .none, .onLoan, .returned: return .notOnLoan
        }
    }
}
