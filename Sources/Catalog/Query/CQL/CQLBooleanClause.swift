/// Two subqueries joined by a boolean operator.
public struct CQLBooleanClause: Sendable, Hashable {
    /// The operator.
    public var booleanOperator: CQLBooleanOperator
    /// The operator's modifiers (`prox/distance<3/unit=word`) in the order written.
    public var modifiers: [CQLModifier]
    /// The left operand.
    public var left: CQLNode
    /// The right operand.
    public var right: CQLNode

    /// Makes a boolean clause.
    public init(
        _ booleanOperator: CQLBooleanOperator, modifiers: [CQLModifier] = [], left: CQLNode, right: CQLNode
    ) {
        self.booleanOperator = booleanOperator
        self.modifiers = modifiers
        self.left = left
        self.right = right
    }
}
