/// Why a CQL query could not be parsed, and where.
///
/// Positions count Unicode scalars, the unit CQL text is made of once percent-decoded from an SRU URL.
public struct CQLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The SRU diagnostic to answer with.
    public var diagnostic: CQLDiagnostic
    /// What is wrong, for people: `expected a search term after "title ="`.
    public var message: String
    /// The 0-based offset of the error in the query, in Unicode scalars; the query's length at its end.
    public var offset: Int
    /// The 1-based line of the error (queries rarely span lines).
    public var line: Int
    /// The 1-based column of the error within its line.
    public var column: Int

    /// Makes an error.
    public init(diagnostic: CQLDiagnostic, message: String, offset: Int, line: Int = 1, column: Int? = nil) {
        self.diagnostic = diagnostic
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column ?? offset + 1
    }

    /// The message with its position, as an SRU diagnostic's details: `column 8: expected …`.
    public var description: String {
        line == 1 ? "column \(column): \(message)" : "line \(line), column \(column): \(message)"
    }
}
