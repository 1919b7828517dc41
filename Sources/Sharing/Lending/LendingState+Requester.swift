import ISO18626

extension LendingState {
    /// The requester's `requestingAgencyMessage`: what it changes here and how we answer (ISO 18626 section 9).
    func requester(_ action: ILLAction, note: String?) throws(SharingRefusal) -> SharingTransition<LendingState> {
        var next = self
        switch action {
        case .statusRequest:
            return SharingTransition(
                self, effects: [.sendStatus(reportedStatus, reason: .statusRequestResponse, answer: nil, note: nil)])
        case .received:
            guard status == .shipped else { throw outOfOrder(action) }
            return SharingTransition(self)
        case .shippedReturn:
            guard status == .shipped else { throw outOfOrder(action) }
            next.status = .returnShipped
            return SharingTransition(next)
        case .cancel:
            if status.isFinal || status == .shipped || status == .returnShipped {
                return SharingTransition(
                    self, effects: [.sendStatus(reportedStatus, reason: .cancelResponse, answer: false, note: note)])
            }
            next.status = .cancelled
            return SharingTransition(
                next, effects: [.sendStatus(.cancelled, reason: .cancelResponse, answer: true, note: nil)])
        case .renew:
            guard status == .shipped, let barcode else { throw outOfOrder(action) }
            return SharingTransition(self, effects: [.renewCopy(barcode: barcode)])
        case .notification:
            return notification(note)
        case .shippedForward:
            throw .protocolError(.unsupportedActionType, "ShippedForward is not supported: Pinakes does not forward")
        }
    }

    /// A note from the requester; while our conditions wait, it answers them.
    private func notification(_ note: String?) -> SharingTransition<LendingState> {
        guard status == .conditionsPending, let verdict = ConditionNote.verdict(note) else {
            return SharingTransition(self)
        }
        var next = self
        if verdict {
            next.status = .willSupply
            next.conditionsAccepted = true
            return SharingTransition(next)
        }
        next.status = .unfilled
        return SharingTransition(
            next,
            effects: [.sendStatus(.unfilled, reason: .statusChange, answer: nil, note: "loan conditions refused")])
    }

    private func outOfOrder(_ action: ILLAction) -> SharingRefusal {
        .protocolError(
            .unsupportedActionType,
            "action \(action.rawValue) is not allowed while the request is \(reportedStatus.rawValue)")
    }
}
