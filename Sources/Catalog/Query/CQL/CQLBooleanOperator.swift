/// The CQL boolean operators; CQL matches them case-insensitively.
public enum CQLBooleanOperator: String, Sendable, Hashable, CaseIterable {
    /// Both operands.
    case and
    /// Either operand.
    case or
    /// The left operand without the right.
    case not
    /// Both operands near each other.
    case prox
}
