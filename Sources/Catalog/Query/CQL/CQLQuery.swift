/// A parsed CQL 1.2 query: the search tree and the sort keys of an optional `sortby` clause.
///
/// The tree keeps the query as it was written: prefix assignments stay where they were declared
/// (see ``CQLNode/prefixed(_:_:)``), and a scoped clause such as `title = (a or b)` has its index and
/// relation copied into every search clause inside the parentheses, as the CQL 1.2 grammar means it.
public struct CQLQuery: Sendable, Hashable {
    /// The search tree.
    public var root: CQLNode
    /// The sort keys after `sortby`, in the order written; empty when the query has no `sortby`.
    public var sortKeys: [CQLSortKey]

    /// Makes a query from its search tree and sort keys.
    public init(root: CQLNode, sortKeys: [CQLSortKey] = []) {
        self.root = root
        self.sortKeys = sortKeys
    }
}
