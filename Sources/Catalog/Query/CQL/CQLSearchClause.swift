/// A search clause such as `dc.title any/stem "fish chips"`.
public struct CQLSearchClause: Sendable, Hashable {
    /// The index used when a clause names none (CQL 1.2 section 3.1).
    public static let serverChoice = "cql.serverChoice"

    /// The index as written (prefix not resolved), or ``serverChoice`` when the clause names none.
    public var index: String
    /// The relation with its modifiers; `=` when the clause names none.
    public var relation: CQLRelation
    /// The search term as written, without the surrounding quotes; backslash escapes are kept.
    public var term: String
    /// Further unquoted words after the term (`a b c`), a free-form extension yaz accepts.
    public var additionalTerms: [String]

    /// Makes a search clause.
    public init(
        index: String = CQLSearchClause.serverChoice, relation: CQLRelation = CQLRelation("="), term: String,
        additionalTerms: [String] = []
    ) {
        self.index = index
        self.relation = relation
        self.term = term
        self.additionalTerms = additionalTerms
    }
}
