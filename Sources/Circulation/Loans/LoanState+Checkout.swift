extension LoanState {
    func checkout(_ request: CheckoutRequest) throws(CirculationRefusal) -> Transition<LoanState> {
        guard case .none = self else { throw .alreadyOnLoan(barcode: request.copy.barcode) }
        let today = LocalDate(epochSeconds: request.at, in: request.calendar.timeZone)
        try request.reader.check(on: today)
        if request.heldForAnotherReader { throw .heldForAnotherReader(barcode: request.copy.barcode) }
        let policy = request.rule.policy
        guard policy.loanable else { throw .itemNotLoanable(request.copy.itemType) }
        guard request.loansHeld < policy.maxLoans else { throw .loanLimitReached(limit: policy.maxLoans) }
        let due = try Self.dueAt(of: policy.loanPeriod, from: request.at, calendar: request.calendar)
        let details = LoanDetails(
            reader: request.reader.reader, copy: request.copy, library: request.library, checkedOutAt: request.at,
            dueAt: due, rule: request.rule)
        return Transition(.onLoan(details), effects: [.setDueDate(due)])
    }

    /// The due instant of a loan period starting at `start` on `calendar`.
    static func dueAt(of period: LoanPeriod, from start: Int64, calendar: LibraryCalendar) throws(CirculationRefusal)
        -> Int64
    {
        switch period {
        case .days(let days): return try calendar.dueDate(from: start, loanDays: days)
        case .hours(let hours): return try calendar.dueTime(from: start, loanHours: hours)
        }
    }
}
