import PinakesCore

/// A stored loan: its id and its state.
public struct Loan: Sendable, Hashable, Codable {
    public var id: Identifier<Loan>
    public var state: LoanState

    public init(id: Identifier<Loan>, state: LoanState) {
        self.id = id
        self.state = state
    }
}
