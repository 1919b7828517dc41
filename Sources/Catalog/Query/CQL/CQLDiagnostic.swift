/// The SRU diagnostics (info:srw/diagnostic/1/…) that concern CQL queries, numbered as in the SRU 1.2
/// diagnostics list, so the SRU layer can report a ``CQLError`` or an unsupported feature directly.
public enum CQLDiagnostic: Int, Sendable, Hashable, CaseIterable {
    /// 10: the query does not follow the CQL grammar.
    case querySyntaxError = 10
    /// 12: the query is longer than the server accepts.
    case tooManyCharactersInQuery = 12
    /// 13: a parenthesis is unbalanced or encloses nothing.
    case invalidUseOfParentheses = 13
    /// 14: a quoted string is not closed.
    case invalidUseOfQuotes = 14
    /// 15: a prefix or index names a context set the server does not know.
    case unsupportedContextSet = 15
    /// 16: the server has no such index.
    case unsupportedIndex = 16
    /// 19: the server does not support the relation.
    case unsupportedRelation = 19
    /// 20: the server does not support a relation modifier.
    case unsupportedRelationModifier = 20
    /// 27: the server does not search for an empty term.
    case emptyTermUnsupported = 27
    /// 37: the server does not support the boolean operator.
    case unsupportedBooleanOperator = 37
    /// 38: the query has more boolean operators than the server accepts.
    case tooManyBooleanOperators = 38
    /// 46: the server does not support a boolean modifier.
    case unsupportedBooleanModifier = 46
    /// 80: the server cannot sort.
    case sortNotSupported = 80

    /// The diagnostic's URI as SRU responses carry it.
    public var uri: String { "info:srw/diagnostic/1/\(rawValue)" }

    /// The diagnostic's standard message from the SRU diagnostics list.
    public var message: String {
        switch self {
        case .querySyntaxError: "Query syntax error"
        case .tooManyCharactersInQuery: "Too many characters in query"
        case .invalidUseOfParentheses: "Invalid or unsupported use of parentheses"
        case .invalidUseOfQuotes: "Invalid or unsupported use of quotes"
        case .unsupportedContextSet: "Unsupported context set"
        case .unsupportedIndex: "Unsupported index"
        case .unsupportedRelation: "Unsupported relation"
        case .unsupportedRelationModifier: "Unsupported relation modifier"
        case .emptyTermUnsupported: "Empty term unsupported"
        case .unsupportedBooleanOperator: "Unsupported boolean operator"
        case .tooManyBooleanOperators: "Too many boolean operators in query"
        case .unsupportedBooleanModifier: "Unsupported boolean modifier"
        case .sortNotSupported: "Sort not supported"
        }
    }
}
