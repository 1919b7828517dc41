/// Parses CQL 1.2 queries (the Contextual Query Language of SRU) into ``CQLQuery`` values.
///
/// The parser follows yaz's CQL grammar, so it accepts what yaz accepts and builds the same tree:
/// free-form terms (`a b c`), a relation scoped over parentheses (`title = (a or b)`), and prefix
/// assignments at any level. It never crashes on any input: nesting deeper than ``maximumDepth`` and
/// queries longer than ``maximumLength`` are errors.
public struct CQLParser: Sendable {
    /// How deeply parentheses, prefix assignments and scoped relations may nest.
    public var maximumDepth: Int
    /// How many Unicode scalars a query may have (SRU diagnostic 12 beyond it).
    public var maximumLength: Int
    /// How many boolean operators a query may have (SRU diagnostic 38 beyond it). Each operator adds a
    /// level to the search tree, and code walking the tree recursively (comparison, XCQL, search plans)
    /// needs a bounded depth: 3,000 allows a 10,000-character `a or b or …` and stays far from the
    /// stack limit of the threads Swift Testing and Hummingbird run on (crashes began near 8,000).
    public var maximumBooleanOperators: Int

    /// Makes a parser with the given limits.
    public init(maximumDepth: Int = 200, maximumLength: Int = 100_000, maximumBooleanOperators: Int = 3_000) {
        self.maximumDepth = maximumDepth
        self.maximumLength = maximumLength
        self.maximumBooleanOperators = maximumBooleanOperators
    }

    /// Parses a query with the default limits.
    public static func parse(_ text: String) throws(CQLError) -> CQLQuery {
        try CQLParser().parse(text)
    }

    /// Parses a query.
    public func parse(_ text: String) throws(CQLError) -> CQLQuery {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maximumLength else {
            throw CQLError(
                diagnostic: .tooManyCharactersInQuery,
                message: "the query has \(scalars.count) characters; at most \(maximumLength) are accepted",
                offset: maximumLength)
        }
        var lexer = CQLLexer(scalars: scalars)
        let tokens: [CQLToken]
        do {
            tokens = try lexer.tokens()
        } catch {
            throw error.located(in: scalars)
        }
        var reader = CQLSyntaxReader(tokens: tokens, scalars: scalars, limits: self)
        return try reader.readQuery()
    }
}

extension CQLError {
    /// The same error with its line and column computed from its offset in the query.
    func located(in scalars: [Unicode.Scalar]) -> CQLError {
        var line = 1
        var lineStart = 0
        for (offset, scalar) in scalars.prefix(offset).enumerated() where scalar == "\n" {
            line += 1
            lineStart = offset + 1
        }
        var located = self
        located.line = line
        located.column = offset - lineStart + 1
        return located
    }
}
