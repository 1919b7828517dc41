/// One node of the CQL search tree.
public indirect enum CQLNode: Sendable, Hashable {
    /// A search clause: index, relation and term(s).
    case searchClause(CQLSearchClause)
    /// Two subqueries joined by `and`, `or`, `not` or `prox`.
    case boolean(CQLBooleanClause)
    /// A prefix assignment (`> dc = "info:srw/cql-context-set/1/dc-v1.1"`) that scopes the subquery.
    case prefixed(CQLPrefixAssignment, CQLNode)
}
