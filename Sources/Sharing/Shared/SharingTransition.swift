/// What a sharing state machine returns: the state after the event and the effects the service must carry out
/// with it (stored in the same transaction; messages to peers are sent from the outbox afterwards).
public struct SharingTransition<State: Sendable & Equatable>: Sendable, Equatable {
    public var state: State
    public var effects: [SharingEffect]

    public init(_ state: State, effects: [SharingEffect] = []) {
        self.state = state
        self.effects = effects
    }
}
