extension TransitState {
    /// The transit machine: the state after `event` and its effects, or the refusal.
    public func transition(on event: TransitEvent) throws(CirculationRefusal) -> Transition<TransitState> {
        switch (self, event) {
        case (.none, .open(let request)):
            return Transition(.open(request))
        case (_, .open):
            throw .transitAlreadyOpen
        case (.open(let request), .receive(let library, let at)):
            guard library == request.to else { throw .transitForAnotherLibrary(request.to) }
            return Transition(.received(request, at: at), effects: [arrival(request)])
        case (.open(let request), .cancel(let at)):
            return Transition(.cancelled(request, at: at), effects: [.releaseCopy(request.copy)])
        case (.none, .receive), (.none, .cancel), (.received, .receive), (.received, .cancel),
            (.cancelled, .receive), (.cancelled, .cancel):
            throw .transitNotOpen(status)
        }
    }

    /// What the destination does with the copy: hand it to the hold, or shelve it.
    private func arrival(_ request: TransitRequest) -> CirculationEffect {
        if request.reason == .hold, let hold = request.hold {
            return .deliverToHold(hold, copy: request.copy, library: request.to)
        }
        return .reshelve(request.copy, library: request.to)
    }
}
