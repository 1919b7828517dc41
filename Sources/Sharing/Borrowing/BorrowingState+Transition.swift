import ISO18626

extension BorrowingState {
    /// The borrowing machine: the state after `event` and its effects, or the refusal.
    public func transition(on event: BorrowingEvent) throws(SharingRefusal) -> SharingTransition<BorrowingState> {
        switch event {
        case .approve(let rota):
            try require([.pendingReview], "approve")
            var next = self
            next.rota = rota
            next.position = nil
            return next.advance()
        case .reject:
            try require([.pendingReview], "reject")
            var next = self
            next.status = .rejected
            return SharingTransition(next, effects: [.notifyReader(.rejected)])
        case .sendFailed:
            guard status == .requestSent else { return SharingTransition(self) }
            return advance()
        case .answerTimedOut:
            guard status == .requestSent else { return SharingTransition(self) }
            let cancel = SharingEffect.sendAction(.cancel, note: "no answer in time")
            let moved = advance()
            return SharingTransition(moved.state, effects: [cancel] + moved.effects)
        case .lender(let news):
            return lender(news)
        case .acceptConditions, .refuseConditions:
            try require([.conditionsPending], "answer the conditions")
            return conditionsAnswered(accepted: event == .acceptConditions)
        case .receive, .lendToReader, .readerReturned, .shipReturn:
            return try handling(event)
        case .cancel(let reason):
            return try cancel(reason)
        case .renew:
            try require([.shipped, .received, .onLoanToReader], "renew")
            guard !renewPending else { throw .notAllowed(action: "renew", status: "waiting for a renewal answer") }
            var next = self
            next.renewPending = true
            return SharingTransition(next, effects: [.sendAction(.renew, note: nil)])
        case .statusRequest:
            guard lender != nil, !status.isFinal else { throw .notAllowed(action: "ask", status: status.rawValue) }
            return SharingTransition(self, effects: [.sendAction(.statusRequest, note: nil)])
        }
    }

    func require(_ allowed: Set<BorrowingStatus>, _ action: String) throws(SharingRefusal) {
        guard allowed.contains(status) else { throw .notAllowed(action: action, status: status.rawValue) }
    }

    /// Asks the next lender on the rota, or reports the end of the rota to the reader.
    func advance() -> SharingTransition<BorrowingState> {
        var next = self
        next.lenderStatus = nil
        next.conditions = []
        next.dueAt = nil
        next.beforeCancel = nil
        let index = (position ?? -1) + 1
        guard rota.indices.contains(index) else {
            next.status = .endOfRota
            next.position = nil
            return SharingTransition(next, effects: [.notifyReader(.unfilled)])
        }
        next.position = index
        next.status = .requestSent
        return SharingTransition(
            next, effects: [.sendRequest(to: rota[index])] + (index == 0 ? [.notifyReader(.sent)] : []))
    }

    private func conditionsAnswered(accepted: Bool) -> SharingTransition<BorrowingState> {
        var next = self
        if accepted {
            next.status = .willSupply
            return SharingTransition(next, effects: [.sendAction(.notification, note: ConditionNote.accepted)])
        }
        let moved = advance()
        return SharingTransition(
            moved.state, effects: [.sendAction(.notification, note: ConditionNote.refused)] + moved.effects)
    }

    /// The desk's handling of the item: arrival, lending to the reader, return, shipping home.
    private func handling(_ event: BorrowingEvent) throws(SharingRefusal) -> SharingTransition<BorrowingState> {
        var next = self
        switch event {
        case .receive:
            try require([.shipped], "receive")
            next.status = .received
            return SharingTransition(
                next, effects: [.sendAction(.received, note: nil), .notifyReader(.readyForPickup)])
        case .lendToReader:
            try require([.received], "lend to the reader")
            next.status = .onLoanToReader
            return SharingTransition(next)
        case .readerReturned:
            try require([.onLoanToReader], "check in from the reader")
            next.status = .returnedByReader
            return SharingTransition(next)
        default:
            try require([.returnedByReader, .received], "ship the return")
            next.status = .returnShipped
            return SharingTransition(next, effects: [.sendAction(.shippedReturn, note: nil)])
        }
    }

    private func cancel(_ reason: String?) throws(SharingRefusal) -> SharingTransition<BorrowingState> {
        var next = self
        if status == .pendingReview {
            next.status = .cancelled
            return SharingTransition(next, effects: [.notifyReader(.cancelled)])
        }
        try require([.requestSent, .expectToSupply, .willSupply, .conditionsPending], "cancel")
        next.beforeCancel = status
        next.status = .cancelPending
        return SharingTransition(next, effects: [.sendAction(.cancel, note: reason)])
    }
}
