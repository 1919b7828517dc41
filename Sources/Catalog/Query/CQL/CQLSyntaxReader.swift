/// The recursive-descent reader behind ``CQLParser``, one function per rule of yaz's CQL grammar.
struct CQLSyntaxReader {
    /// The index and relation that search clauses inside a scoped clause (`title = (…)`) take on.
    private struct Scope {
        var index: String
        var relation: CQLRelation

        static let serverChoice = Scope(index: CQLSearchClause.serverChoice, relation: CQLRelation("="))
    }

    private let tokens: [CQLToken]
    private let scalars: [Unicode.Scalar]
    private let limits: CQLParser
    private var position = 0
    private var depth = 0
    private var booleanOperators = 0

    init(tokens: [CQLToken], scalars: [Unicode.Scalar], limits: CQLParser) {
        self.tokens = tokens
        self.scalars = scalars
        self.limits = limits
    }

    private var current: CQLToken { tokens[position] }

    private mutating func advance() -> CQLToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// `sortedQuery: prefixAssignment sortedQuery | scopedClause [sortby sortSpec]`.
    mutating func readQuery() throws(CQLError) -> CQLQuery {
        guard current.kind != .end else {
            throw error(.querySyntaxError, "the query is empty", at: current)
        }
        let root = try readPrefixedQuery(in: .serverChoice)
        var sortKeys: [CQLSortKey] = []
        if current.kind == .sortBy {
            _ = advance()
            sortKeys = try readSortKeys()
        }
        guard current.kind == .end else { throw unexpectedAfterQuery() }
        return CQLQuery(root: root, sortKeys: sortKeys)
    }

    /// `cqlQuery: '>' prefix '=' uri cqlQuery | '>' uri cqlQuery | scopedClause`.
    private mutating func readPrefixedQuery(in scope: Scope) throws(CQLError) -> CQLNode {
        guard current.kind == .comparison, current.text == ">" else { return try readScopedClause(in: scope) }
        try enterNesting()
        defer { depth -= 1 }
        _ = advance()
        let first = try expectTerm("a prefix name or a context set identifier")
        var assignment = CQLPrefixAssignment(name: nil, identifier: first.text)
        if current.kind == .comparison, current.text == "=" {
            _ = advance()
            assignment = CQLPrefixAssignment(
                name: first.text, identifier: try expectTerm("a context set identifier").text)
        }
        return .prefixed(assignment, try readPrefixedQuery(in: scope))
    }

    /// `scopedClause: scopedClause booleanGroup searchClause | searchClause`, left-associative.
    private mutating func readScopedClause(in scope: Scope) throws(CQLError) -> CQLNode {
        var left = try readSearchClause(in: scope)
        while case .boolean(let booleanOperator) = current.kind {
            booleanOperators += 1
            guard booleanOperators <= limits.maximumBooleanOperators else {
                throw error(
                    .tooManyBooleanOperators,
                    "the query has more than \(limits.maximumBooleanOperators) boolean operators", at: current)
            }
            _ = advance()
            let modifiers = try readModifiers()
            let right = try readSearchClause(in: scope)
            left = .boolean(CQLBooleanClause(booleanOperator, modifiers: modifiers, left: left, right: right))
        }
        return left
    }

    /// `searchClause: '(' cqlQuery ')' | index relation searchClause | searchTerm extraTerms`.
    private mutating func readSearchClause(in scope: Scope) throws(CQLError) -> CQLNode {
        if current.kind == .openingParenthesis { return try readParenthesized(in: scope) }
        let term = try expectTerm("a search term")
        if current.isRelation {
            try enterNesting()
            defer { depth -= 1 }
            let relation = advance()
            let modifiers = try readModifiers()
            let inner = Scope(index: term.text, relation: CQLRelation(relation.text, modifiers: modifiers))
            return try readSearchClause(in: inner)
        }
        var additionalTerms: [String] = []
        while current.kind == .simpleString {
            additionalTerms.append(advance().text)
        }
        return .searchClause(
            CQLSearchClause(
                index: scope.index, relation: scope.relation, term: term.text, additionalTerms: additionalTerms))
    }

    private mutating func readParenthesized(in scope: Scope) throws(CQLError) -> CQLNode {
        try enterNesting()
        defer { depth -= 1 }
        let opening = advance()
        if current.kind == .closingParenthesis {
            throw error(.invalidUseOfParentheses, "empty parentheses: expected a query inside \"()\"", at: current)
        }
        let inner = try readPrefixedQuery(in: scope)
        guard current.kind == .closingParenthesis else {
            if current.kind == .end {
                let column = opening.start + 1
                throw error(
                    .invalidUseOfParentheses,
                    "expected \")\" to close the \"(\" at column \(column)", at: current)
            }
            throw error(
                .querySyntaxError, "expected \")\" or a boolean operator, found \(quoted(current))", at: current)
        }
        _ = advance()
        return inner
    }

    /// `modifierList: modifierList modifier | modifier`, where `modifier: '/' name [comparison value]`.
    private mutating func readModifiers() throws(CQLError) -> [CQLModifier] {
        var modifiers: [CQLModifier] = []
        while current.kind == .slash {
            _ = advance()
            var modifier = CQLModifier(name: try expectTerm("a modifier name").text)
            if current.kind == .comparison {
                modifier.comparison = advance().text
                modifier.value = try expectTerm("a modifier value").text
            }
            modifiers.append(modifier)
        }
        return modifiers
    }

    /// `sortSpec: sortSpec singleSpec | singleSpec`, where `singleSpec: index [modifierList]`.
    private mutating func readSortKeys() throws(CQLError) -> [CQLSortKey] {
        var keys: [CQLSortKey] = []
        repeat {
            let index = try expectTerm("a sort key")
            keys.append(CQLSortKey(index: index.text, modifiers: try readModifiers()))
        } while current.isTerm
        return keys
    }

    private mutating func expectTerm(_ what: String) throws(CQLError) -> CQLToken {
        guard current.isTerm else {
            let found = current.kind == .end ? "" : ", found \(quoted(current))"
            let after = precedingText().map { " after \"\($0)\"" } ?? ""
            let diagnostic: CQLDiagnostic =
                current.kind == .closingParenthesis ? .invalidUseOfParentheses : .querySyntaxError
            throw error(diagnostic, "expected \(what)\(after)\(found)", at: current)
        }
        return advance()
    }

    private mutating func enterNesting() throws(CQLError) {
        depth += 1
        guard depth <= limits.maximumDepth else {
            throw error(.querySyntaxError, "the query nests more than \(limits.maximumDepth) levels deep", at: current)
        }
    }

    private func unexpectedAfterQuery() -> CQLError {
        if current.kind == .closingParenthesis {
            return error(.invalidUseOfParentheses, "unbalanced \")\": no \"(\" before it", at: current)
        }
        let after = precedingText().map { " after \"\($0)\"" } ?? ""
        return error(
            .querySyntaxError,
            "unexpected \(quoted(current))\(after); expected a boolean operator, \"sortby\" or the end of the query",
            at: current)
    }

    private func error(_ diagnostic: CQLDiagnostic, _ message: String, at token: CQLToken) -> CQLError {
        CQLError(diagnostic: diagnostic, message: message, offset: token.start).located(in: scalars)
    }

    /// The query text of up to two tokens before the current one, shortened to its last 40 scalars.
    private func precedingText() -> String? {
        guard position > 0 else { return nil }
        let first = tokens[max(0, position - 2)]
        let last = tokens[position - 1]
        let start = max(first.start, last.end - 40)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<last.end])
        return start > first.start ? "…" + String(text) : String(text)
    }

    private func quoted(_ token: CQLToken) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[token.start..<token.end].prefix(40))
        return "\"\(String(text))\""
    }
}
