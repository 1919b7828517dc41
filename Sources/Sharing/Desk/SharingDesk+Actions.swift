import ISO18626

extension SharingDesk {
    /// The actions staff may take on the request now (the queue pages show these buttons), found by asking the
    /// request's machine rather than by a second list of rules.
    public func allowedActions(_ record: ILLRequestRecord) throws -> [String] {
        if record.role == .borrowing {
            let state = try record.borrowing()
            var names = BorrowingAction.allCases.filter { action in
                (try? state.transition(on: action.event(note: nil))) != nil
            }.map(\.rawValue)
            if state.status == .pendingReview { names.insert("approve", at: 0) }
            return names
        }
        let state = try record.lending()
        let trials: [(String, LendingEvent)] = [
            ("expect-to-supply", .expectToSupply(note: nil)), ("will-supply", .willSupply(note: nil)),
            ("conditions", .offerConditions(["LibraryUseOnly"], note: nil)), ("unfilled", .unfilled(reason: "")),
            ("ship", .ship(barcode: "", dueAt: 0, costCents: 0, currency: "CNY")),
            ("deliver-copy", .deliverCopy(url: "", costCents: 0, currency: "CNY")), ("recall", .recall(note: nil)),
            ("return-received", .returnReceived),
        ]
        return trials.filter { (try? state.transition(on: $0.1)) != nil }.map(\.0)
    }
}
