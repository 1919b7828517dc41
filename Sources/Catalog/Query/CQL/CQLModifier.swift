/// A modifier on a relation, a boolean or a sort key: `/name` or `/name comparison value`.
public struct CQLModifier: Sendable, Hashable {
    /// The modifier's name (its XCQL `type`), for example `distance` or `rel.algorithm`.
    public var name: String
    /// The comparison symbol, for example `=` or `<=`, when the modifier has a value.
    public var comparison: String?
    /// The modifier's value, when it has one.
    public var value: String?

    /// Makes a modifier.
    public init(name: String, comparison: String? = nil, value: String? = nil) {
        self.name = name
        self.comparison = comparison
        self.value = value
    }
}
