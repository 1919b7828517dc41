/// What a state machine returns: the state after the event and the effects the service must persist with it,
/// in the same transaction.
public struct Transition<State: Sendable & Equatable>: Sendable, Equatable {
    public var state: State
    public var effects: [CirculationEffect]

    public init(_ state: State, effects: [CirculationEffect] = []) {
        self.state = state
        self.effects = effects
    }
}
