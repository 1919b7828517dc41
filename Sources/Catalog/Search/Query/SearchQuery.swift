/// What a reader or a machine asked for, whichever syntax it came in (the simple box or CQL): a tree of
/// terms over the index fields, ANDed, ORed and negated.
public indirect enum SearchQuery: Sendable, Hashable {
    /// Records whose `field` holds the words of `text` (all of them, or as a phrase).
    case term(SearchTerm)
    /// Records matching every one of the parts.
    case all([SearchQuery])
    /// Records matching at least one of the parts.
    case any([SearchQuery])
    /// Records matching the first part but not the second.
    case excluding(SearchQuery, SearchQuery)
    /// Every title (CQL `cql.allRecords`, or a query made of filters only).
    case everything
}

/// The index fields a term can be restricted to. Ranking weighs them title > author > subject > other.
public enum SearchField: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every indexed field.
    case any
    /// Titles: title proper, remainder, parallel and variant titles, uniform titles, 880 vernacular titles.
    case title
    /// Names: persons, corporate bodies, meetings, statement of responsibility, 880 vernacular names.
    case author
    /// Subject headings and their subdivisions.
    case subject
    /// Series, notes, publisher, place, edition, classification numbers and standard numbers.
    case other
    /// ISBNs and ISSNs only (kept in the `other` column, normalised to one token each).
    case isbn
}

/// One term of a query: text in a field, matched word by word or as a phrase.
public struct SearchTerm: Sendable, Hashable {
    public var field: SearchField
    public var text: String
    /// The words must stand next to each other in this order.
    public var phrase: Bool
    /// The words must make up the whole title (CQL `==` / `exact` on a title index).
    public var exact: Bool
    /// Any of the words is enough (CQL `any`).
    public var anyWord: Bool

    public init(field: SearchField, text: String, phrase: Bool = false, exact: Bool = false, anyWord: Bool = false) {
        self.field = field
        self.text = text
        self.phrase = phrase
        self.exact = exact
        self.anyWord = anyWord
    }
}
