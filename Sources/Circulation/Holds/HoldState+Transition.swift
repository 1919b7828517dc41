extension HoldState {
    /// The hold machine: the state after `event` and the effects to persist with it, or the refusal.
    public func transition(on event: HoldEvent) throws(CirculationRefusal) -> Transition<HoldState> {
        switch event {
        case .place(let request): return try place(request)
        case .suspend(let until, _): return try suspend(until: until)
        case .resume: return try resume()
        case .targetCopy(let copy): return try target(copy)
        case .retarget(let missing, let replacement): return try retarget(missing: missing, replacement: replacement)
        case .capture(let copy, let library, let at, let calendar):
            return try capture(HoldCapture(copy: copy, library: library, at: at), calendar: calendar)
        case .arriveAtPickup(let library, let at, let calendar):
            return try arrive(at: library, instant: at, calendar: calendar)
        case .checkoutToHolder(let reader, let at): return try checkout(to: reader, at: at)
        case .expire(let at): return try expire(at: at)
        case .cancel(let at): return try cancel(at: at)
        }
    }

    func place(_ request: PlaceHoldRequest) throws(CirculationRefusal) -> Transition<HoldState> {
        guard case .none = self else { throw .holdAlreadyPlaced }
        try request.reader.check(on: LocalDate(epochSeconds: request.at, in: request.calendar.timeZone))
        let policy = request.rule.policy
        guard policy.holdsAllowed else { throw .holdsNotAllowed(request.itemType) }
        guard request.holdsHeld < policy.maxHolds else { throw .holdLimitReached(limit: policy.maxHolds) }
        let details = HoldDetails(
            reader: request.reader.reader, level: request.level, pickupLibrary: request.pickupLibrary,
            placedAt: request.at, notNeededAfter: request.notNeededAfter, shelfDays: policy.holdShelfDays)
        if let until = request.suspendedUntil { return Transition(.suspended(details, until: until)) }
        return Transition(.active(details))
    }

    /// Suspending drops the target: the targeter gives the copy to the next reader meanwhile.
    func suspend(until: Int64?) throws(CirculationRefusal) -> Transition<HoldState> {
        guard case .active(var details) = self else { throw .holdCannotChange(status) }
        details.targetedCopy = nil
        return Transition(.suspended(details, until: until))
    }

    func resume() throws(CirculationRefusal) -> Transition<HoldState> {
        guard case .suspended(let details, _) = self else { throw .holdCannotChange(status) }
        return Transition(.active(details))
    }

    func target(_ copy: CirculatingCopy) throws(CirculationRefusal) -> Transition<HoldState> {
        var details = try waitingDetails()
        guard details.level.isFilled(by: copy) else { throw .copyDoesNotFillHold(barcode: copy.barcode) }
        details.targetedCopy = copy.id
        return Transition(.active(details))
    }

    func retarget(missing: CirculatingCopy, replacement: CirculatingCopy?) throws(CirculationRefusal)
        -> Transition<HoldState>
    {
        var details = try waitingDetails()
        guard details.targetedCopy == missing.id else { throw .copyDoesNotFillHold(barcode: missing.barcode) }
        if let replacement, !details.level.isFilled(by: replacement) {
            throw .copyDoesNotFillHold(barcode: replacement.barcode)
        }
        details.targetedCopy = replacement?.id
        return Transition(.active(details))
    }

    /// The details of a hold that is waiting for a copy; a suspended hold is told apart from a closed one.
    func waitingDetails() throws(CirculationRefusal) -> HoldDetails {
        switch self {
        case .active(let details): return details
        case .suspended: throw .holdSuspended
        default: throw .holdCannotChange(status)
        }
    }
}
