/// A relation (`=`, `==`, `<>`, `<`, `>`, `<=`, `>=`, or a named one such as `any`, `all`, `adj`).
public struct CQLRelation: Sendable, Hashable {
    /// The relation's symbol or name as written.
    public var name: String
    /// The relation modifiers (`/stem`, `/rel.algorithm=CORI`) in the order written.
    public var modifiers: [CQLModifier]

    /// Makes a relation.
    public init(_ name: String, modifiers: [CQLModifier] = []) {
        self.name = name
        self.modifiers = modifiers
    }
}
