extension LoanState {
    /// Renews from the day of renewal (a renewal never shortens a loan); an overdue loan is charged its fine
    /// to that day first.
    func renew(_ request: RenewalRequest) throws(CirculationRefusal) -> Transition<LoanState> {
        guard case .onLoan(var details) = self else { throw notOnLoanRefusal() }
        let today = LocalDate(epochSeconds: request.at, in: request.calendar.timeZone)
        try request.reader.check(on: today)
        let policy = details.rule.policy
        guard details.renewals < policy.maxRenewals else { throw .renewalLimitReached(limit: policy.maxRenewals) }
        if request.anotherReaderWaiting { throw .requestedByAnotherReader(barcode: details.copy.barcode) }
        var effects: [CirculationEffect] = []
        if let fine = OverdueFine.assess(details, endingAt: request.at, calendar: request.calendar) {
            effects.append(.chargeFine(fine))
        }
        let renewedDue = try Self.dueAt(of: policy.loanPeriod, from: request.at, calendar: request.calendar)
        details.dueAt = max(details.dueAt, renewedDue)
        details.renewals += 1
        effects.append(.setDueDate(details.dueAt))
        return Transition(.onLoan(details), effects: effects)
    }
}
