import PinakesCore

/// A stored hold: its id and its state.
public struct Hold: Sendable, Hashable, Codable {
    public var id: Identifier<Hold>
    public var state: HoldState

    public init(id: Identifier<Hold>, state: HoldState) {
        self.id = id
        self.state = state
    }
}
