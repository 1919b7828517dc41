import PinakesCore

/// A stored transit: its id and its state.
public struct Transit: Sendable, Hashable, Codable {
    public var id: Identifier<Transit>
    public var state: TransitState

    public init(id: Identifier<Transit>, state: TransitState) {
        self.id = id
        self.state = state
    }
}
