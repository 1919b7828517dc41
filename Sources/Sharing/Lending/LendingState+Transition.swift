import ISO18626

extension LendingState {
    /// The lending machine: the state after `event` and its effects, or the refusal (for a requester's action
    /// out of order, the ISO 18626 error its confirmation carries).
    public func transition(on event: LendingEvent) throws(SharingRefusal) -> SharingTransition<LendingState> {
        switch event {
        case .expectToSupply(let note):
            try require([.received], "expect to supply")
            return answer(.expectToSupply, status: .expectToSupply, note: note)
        case .willSupply(let note):
            try require([.received, .expectToSupply], "will supply")
            return answer(.willSupply, status: .willSupply, note: note)
        case .offerConditions(let conditions, let note):
            try require([.received, .expectToSupply, .willSupply], "offer conditions")
            guard !conditions.isEmpty else { throw .invalidInput("name at least one loan condition") }
            var next = self
            next.status = .conditionsPending
            next.conditions = conditions
            let text = ([ConditionNote.offer + conditions.joined(separator: ",")] + [note].compactMap { $0 })
                .joined(separator: " ")
            return SharingTransition(
                next, effects: [.sendStatus(.willSupply, reason: .notification, answer: nil, note: text)])
        case .ship(let barcode, let dueAt, let cents, let currency):
            return try ship(barcode: barcode, dueAt: dueAt, cents: cents, currency: currency)
        case .deliverCopy(let url, let cents, let currency):
            return try deliver(url: url, cents: cents, currency: currency)
        case .unfilled(let reason):
            try require([.received, .expectToSupply, .willSupply, .conditionsPending], "answer unfilled")
            return answer(.unfilled, status: .unfilled, note: reason)
        case .markOverdue, .recall, .returnReceived, .renewalAnswered:
            return try whileOut(event)
        case .requester(let action, let note):
            return try requester(action, note: note)
        }
    }

    private func require(_ allowed: Set<LendingStatus>, _ action: String) throws(SharingRefusal) {
        guard allowed.contains(status) else { throw .notAllowed(action: action, status: status.rawValue) }
    }

    /// A status change we announce to the requester.
    private func answer(_ iso: ILLStatus, status: LendingStatus, note: String?) -> SharingTransition<LendingState> {
        var next = self
        next.status = status
        let reason: ReasonForMessage = self.status == .received ? .requestResponse : .statusChange
        return SharingTransition(next, effects: [.sendStatus(iso, reason: reason, answer: nil, note: note)])
    }

    private func ship(barcode: String, dueAt: Int64, cents: Int, currency: String) throws(SharingRefusal)
        -> SharingTransition<LendingState>
    {
        try require([.received, .expectToSupply, .willSupply, .conditionsPending], "ship")
        guard service != .copy else { throw .notAllowed(action: "ship a loan", status: "a copy request") }
        if status == .conditionsPending && !conditionsAccepted {
            throw .notAllowed(action: "ship before the requester accepts the conditions", status: status.rawValue)
        }
        var next = self
        next.status = .shipped
        next.barcode = barcode
        next.dueAt = dueAt
        return SharingTransition(
            next,
            effects: [
                .lendCopy(barcode: barcode), .bookCharge(cents: cents, currency: currency),
                .sendStatus(.loaned, reason: reasonAfterAnswer, answer: nil, note: nil),
            ])
    }

    private func deliver(url: String, cents: Int, currency: String) throws(SharingRefusal)
        -> SharingTransition<LendingState>
    {
        try require([.received, .expectToSupply, .willSupply, .conditionsPending], "deliver a copy")
        guard service != .loan else { throw .notAllowed(action: "deliver a copy", status: "a loan request") }
        var next = self
        next.status = .completed
        next.copyDelivered = true
        return SharingTransition(
            next,
            effects: [
                .bookCharge(cents: cents, currency: currency),
                .sendStatus(.copyCompleted, reason: reasonAfterAnswer, answer: nil, note: url),
            ])
    }

    /// `RequestResponse` when this is our first answer, `StatusChange` afterwards.
    private var reasonAfterAnswer: ReasonForMessage { status == .received ? .requestResponse : .statusChange }

    /// Events that concern a copy out on loan to the borrowing institution.
    private func whileOut(_ event: LendingEvent) throws(SharingRefusal) -> SharingTransition<LendingState> {
        var next = self
        switch event {
        case .markOverdue:
            try require([.shipped], "mark overdue")
            guard !overdue else { return SharingTransition(self) }
            next.overdue = true
            return SharingTransition(
                next, effects: [.sendStatus(.overdue, reason: .statusChange, answer: nil, note: nil)])
        case .recall(let note):
            try require([.shipped], "recall")
            next.recalled = true
            return SharingTransition(
                next, effects: [.sendStatus(.recalled, reason: .statusChange, answer: nil, note: note)])
        case .returnReceived:
            try require([.shipped, .returnShipped], "receive the return")
            next.status = .completed
            let effects: [SharingEffect] =
                (barcode.map { [.returnCopy(barcode: $0)] } ?? []) + [
                    .sendStatus(.loanCompleted, reason: .statusChange, answer: nil, note: nil)
                ]
            return SharingTransition(next, effects: effects)
        case .renewalAnswered(let renewed, let dueAt):
            try require([.shipped], "answer a renewal")
            if renewed, let dueAt {
                next.dueAt = dueAt
                next.overdue = false
            }
            return SharingTransition(
                next, effects: [.sendStatus(next.reportedStatus, reason: .renewResponse, answer: renewed, note: nil)])
        default:
            return SharingTransition(self)
        }
    }
}
