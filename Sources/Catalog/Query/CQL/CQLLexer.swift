/// Splits a CQL query into tokens the way yaz's CQL lexer does.
///
/// Differences from yaz, all outside the conformance vectors: every Unicode white space separates
/// words (yaz ends a query at a newline and keeps tabs inside words), and a quoted string that is not
/// closed is an error (SRU diagnostic 14) instead of running to the end of the query.
struct CQLLexer {
    /// Named relations of the CQL context set; such words may follow an index as its relation.
    static let namedRelations: Set<String> = ["adj", "all", "any", "encloses", "exact", "within"]

    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Makes a lexer over the scalars of a query.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// All tokens of the query, ending with one `.end` token.
    mutating func tokens() throws(CQLError) -> [CQLToken] {
        var tokens: [CQLToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(CQLError) -> CQLToken {
        while position < scalars.count, scalars[position].properties.isWhitespace {
            position += 1
        }
        guard position < scalars.count else {
            return CQLToken(kind: .end, text: "", start: position, end: position)
        }
        let start = position
        switch scalars[position] {
        case "(": return single(.openingParenthesis, start)
        case ")": return single(.closingParenthesis, start)
        case "/": return single(.slash, start)
        case "=", "<", ">": return comparison(start)
        case "\"": return try quoted(start)
        default: return word(start)
        }
    }

    private mutating func single(_ kind: CQLToken.Kind, _ start: Int) -> CQLToken {
        position += 1
        return CQLToken(kind: kind, text: String(scalars[start]), start: start, end: position)
    }

    /// `=`, `==`, `<`, `<=`, `<>`, `>`, `>=`.
    private mutating func comparison(_ start: Int) -> CQLToken {
        let first = scalars[start]
        position += 1
        if position < scalars.count {
            let second = scalars[position]
            let pairs: Set<String> = ["==", "<=", "<>", ">="]
            if pairs.contains(String(first) + String(second)) {
                position += 1
            }
        }
        return CQLToken(kind: .comparison, text: text(start, position), start: start, end: position)
    }

    /// A quoted string; backslash escapes are kept as written, as yaz keeps them.
    private mutating func quoted(_ start: Int) throws(CQLError) -> CQLToken {
        position += 1
        let contentStart = position
        while position < scalars.count, scalars[position] != "\"" {
            position += scalars[position] == "\\" ? 2 : 1
        }
        guard position < scalars.count else {
            throw CQLError(
                diagnostic: .invalidUseOfQuotes, message: "the quoted string that starts here is not closed",
                offset: start)
        }
        let content = text(contentStart, position)
        position += 1
        return CQLToken(kind: .simpleString, text: content, start: start, end: position)
    }

    /// An unquoted word, ended by white space, a parenthesis, `/` or a comparison symbol.
    private mutating func word(_ start: Int) -> CQLToken {
        let separators: Set<Unicode.Scalar> = ["(", ")", "=", "<", ">", "/"]
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.properties.isWhitespace || separators.contains(scalar) { break }
            position += scalar == "\\" ? 2 : 1
        }
        position = min(position, scalars.count)
        let word = text(start, position)
        return CQLToken(kind: Self.kind(of: word), text: Self.canonical(word), start: start, end: position)
    }

    private static func kind(of word: String) -> CQLToken.Kind {
        let folded = word.lowercased()
        if let booleanOperator = CQLBooleanOperator(rawValue: folded) { return .boolean(booleanOperator) }
        if folded == "sortby" { return .sortBy }
        if word.contains(".") || namedRelations.contains(folded) { return .prefixName }
        return .simpleString
    }

    /// Keywords are reported in lower case, as yaz does even where they stand as terms.
    private static func canonical(_ word: String) -> String {
        let folded = word.lowercased()
        return CQLBooleanOperator(rawValue: folded) != nil || folded == "sortby" ? folded : word
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<min(end, scalars.count)])
        return String(result)
    }
}
