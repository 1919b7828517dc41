/// One sort key after `sortby`: an index with modifiers such as `/ascending`.
public struct CQLSortKey: Sendable, Hashable {
    /// The index to sort on, as written.
    public var index: String
    /// The sort modifiers in the order written.
    public var modifiers: [CQLModifier]

    /// Makes a sort key.
    public init(index: String, modifiers: [CQLModifier] = []) {
        self.index = index
        self.modifiers = modifiers
    }
}
