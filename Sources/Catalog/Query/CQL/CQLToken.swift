/// One lexical token of a CQL query.
struct CQLToken: Sendable, Hashable {
    /// The token classes of yaz's CQL lexer, which the conformance vectors rely on.
    enum Kind: Sendable, Hashable {
        /// A quoted string or a plain word that cannot be a relation.
        case simpleString
        /// A word that may be a relation: it contains a `.` or is a named relation such as `any`.
        case prefixName
        /// A boolean operator word.
        case boolean(CQLBooleanOperator)
        /// The word `sortby`.
        case sortBy
        /// `(`.
        case openingParenthesis
        /// `)`.
        case closingParenthesis
        /// `/`, which starts a modifier.
        case slash
        /// One of `=`, `==`, `<>`, `<`, `>`, `<=`, `>=`.
        case comparison
        /// The end of the query.
        case end
    }

    /// The token's class.
    var kind: Kind
    /// The token's text: a quoted string without its quotes, a keyword in lower case, otherwise as written.
    var text: String
    /// The offset of the token's first scalar in the query.
    var start: Int
    /// The offset just past the token's last scalar in the query.
    var end: Int

    /// Whether the token can stand as a term, an index, a modifier name or a prefix (CQL's `term`).
    var isTerm: Bool {
        switch kind {
        case .simpleString, .prefixName, .boolean, .sortBy: true
        default: false
        }
    }

    /// Whether the token can stand as a relation after an index.
    var isRelation: Bool { kind == .prefixName || kind == .comparison }
}
