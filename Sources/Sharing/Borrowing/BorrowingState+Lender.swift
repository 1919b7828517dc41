import ISO18626

extension BorrowingState {
    /// A message from the lender asked now: the status it reports, or its answer to our renew or cancel.
    func lender(_ news: LenderNews) -> SharingTransition<BorrowingState> {
        var next = self
        next.lenderStatus = news.status
        switch news.reason {
        case .cancelResponse where status == .cancelPending:
            return cancelAnswered(news)
        case .renewResponse:
            next.renewPending = false
            guard news.answer == true else { return SharingTransition(next, effects: [.notifyReader(.renewRefused)]) }
            if let due = news.dueAt { next.dueAt = due }
            next.overdue = false
            return SharingTransition(next, effects: [.notifyReader(.renewed)])
        default:
            return next.status(news)
        }
    }

    private func cancelAnswered(_ news: LenderNews) -> SharingTransition<BorrowingState> {
        var next = self
        if news.answer == true || news.status == .cancelled {
            next.status = .cancelled
            return SharingTransition(next, effects: [.notifyReader(.cancelled)])
        }
        next.status = beforeCancel ?? status
        next.beforeCancel = nil
        return next.status(news)
    }

    /// A status change the lender reports.
    private func status(_ news: LenderNews) -> SharingTransition<BorrowingState> {
        var next = self
        let waiting = status.isWaitingForLender || status == .cancelPending
        switch news.status {
        case .requestReceived:
            return SharingTransition(next)
        case .expectToSupply:
            if waiting { next.status = .expectToSupply }
            return SharingTransition(next)
        case .willSupply:
            guard waiting else { return SharingTransition(next) }
            if let conditions = ConditionNote.conditions(in: news.note) {
                next.status = .conditionsPending
                next.conditions = conditions
                return SharingTransition(next, effects: [.notifyReader(.conditions)])
            }
            let first = status != .willSupply
            next.status = .willSupply
            return SharingTransition(next, effects: first ? [.notifyReader(.willSupply)] : [])
        case .loaned:
            return next.shipped(news)
        case .overdue, .recalled:
            if news.status == .overdue { next.overdue = true } else { next.recalled = true }
            if let due = news.dueAt { next.dueAt = due }
            return SharingTransition(next, effects: [.notifyReader(news.status == .overdue ? .overdue : .recalled)])
        case .unfilled, .retryPossible, .cancelled:
            if status == .cancelPending {
                next.status = .cancelled
                return SharingTransition(next, effects: [.notifyReader(.cancelled)])
            }
            guard waiting else { return SharingTransition(next) }
            return next.advance()
        case .copyCompleted:
            guard waiting, let url = news.documentURL else { return SharingTransition(next) }
            next.status = .completed
            next.documentURL = url
            return SharingTransition(
                next,
                effects: charge(news) + [.fetchDocument(url: url), .notifyReader(.documentReady)])
        case .loanCompleted, .completedWithoutReturn:
            next.status = .completed
            return SharingTransition(next)
        }
    }

    private func shipped(_ news: LenderNews) -> SharingTransition<BorrowingState> {
        var next = self
        if let due = news.dueAt { next.dueAt = due }
        guard status.isWaitingForLender || status == .cancelPending else { return SharingTransition(next) }
        next.status = .shipped
        next.beforeCancel = nil
        return SharingTransition(next, effects: charge(news) + [.notifyReader(.shipped)])
    }

    /// The lender books every filled request (a free one at zero, so both ledgers and the fairness tally
    /// count it); we book what its `deliveryCosts` say, nothing said being free.
    private func charge(_ news: LenderNews) -> [SharingEffect] {
        [.bookCharge(cents: max(0, news.costCents ?? 0), currency: news.currency ?? "CNY")]
    }
}
