import Foundation

/// CQL 1.2 onto the index. Text indexes: `cql.anywhere`, `cql.serverChoice`, `cql.keywords`, `dc.title`,
/// `dc.creator`/`dc.contributor`/`bath.author`/`bath.name`, `dc.subject`, `bath.isbn`/`bath.issn`/
/// `dc.identifier`, `dc.publisher`; filters: `dc.date` (=, <, >, <=, >=, within), `pinakes.library`,
/// `dc.language`, `dc.format`; `cql.allRecords`. Relations `=`, `all`, `any`, `adj`, `==`, `exact`; right
/// truncation with `*`. Filters must be ANDed at the top of the query. `sortBy dc.date`, `dc.title`.
public enum CQLSearchMapping {
    public static func map(_ cql: CQLQuery) throws(CQLError) -> (
        query: SearchQuery, filters: SearchFilters, sort: SearchRequest.Sort?
    ) {
        var filters = SearchFilters()
        let query = try node(cql.root, filters: &filters, topLevel: true) ?? .everything
        return (query, filters, try sort(cql.sortKeys))
    }

    /// A query node; nil when the node was only a filter (moved to `filters`).
    private static func node(_ node: CQLNode, filters: inout SearchFilters, topLevel: Bool) throws(CQLError)
        -> SearchQuery?
    {
        switch node {
        case .prefixed(_, let inner):
            return try self.node(inner, filters: &filters, topLevel: topLevel)
        case .searchClause(let clause):
            return try self.clause(clause, filters: &filters, topLevel: topLevel)
        case .boolean(let boolean):
            if let modifier = boolean.modifiers.first {
                throw CQLError(
                    diagnostic: .unsupportedBooleanModifier,
                    message: "boolean modifier /\(modifier.name) is not supported", offset: 0)
            }
            switch boolean.booleanOperator.rawValue.lowercased() {
            case "and":
                let left = try self.node(boolean.left, filters: &filters, topLevel: topLevel)
                let right = try self.node(boolean.right, filters: &filters, topLevel: topLevel)
                switch (left, right) {
                case (nil, nil): return nil
                case (let one?, nil), (nil, let one?): return one
                case (let left?, let right?): return .all([left, right])
                }
            case "or":
                return .any([
                    try required(boolean.left, filters: &filters), try required(boolean.right, filters: &filters),
                ])
            case "not":
                let kept = try self.node(boolean.left, filters: &filters, topLevel: topLevel) ?? .everything
                if kept == .everything {
                    throw CQLError(
                        diagnostic: .unsupportedBooleanOperator,
                        message: "NOT needs words to search for on its left", offset: 0)
                }
                return .excluding(kept, try required(boolean.right, filters: &filters))
            default:
                throw CQLError(
                    diagnostic: .unsupportedBooleanOperator,
                    message: "boolean operator \(boolean.booleanOperator.rawValue) is not supported", offset: 0)
            }
        }
    }

    /// A node below OR or NOT, where filters cannot stand.
    private static func required(_ node: CQLNode, filters: inout SearchFilters) throws(CQLError) -> SearchQuery {
        guard let query = try self.node(node, filters: &filters, topLevel: false), query != .everything else {
            throw CQLError(
                diagnostic: .unsupportedBooleanOperator,
                message: "date, library, language and format limits can only be ANDed with the rest of the query",
                offset: 0)
        }
        return query
    }

    private static func clause(_ clause: CQLSearchClause, filters: inout SearchFilters, topLevel: Bool)
        throws(CQLError) -> SearchQuery?
    {
        let index = clause.index.lowercased()
        let relation = clause.relation.name.lowercased()
        if let modifier = clause.relation.modifiers.first {
            throw CQLError(
                diagnostic: .unsupportedRelationModifier,
                message: "relation modifier /\(modifier.name) is not supported", offset: 0)
        }
        let term = ([clause.term] + clause.additionalTerms).joined(separator: " ")
        if index == "cql.allrecords" || index == "allrecords" { return .everything }
        if let filter = FilterIndex(index) {
            guard topLevel else {
                throw CQLError(
                    diagnostic: .unsupportedBooleanOperator,
                    message: "\(clause.index) limits can only be ANDed with the rest of the query", offset: 0)
            }
            try filter.apply(relation: relation, term: term, to: &filters)
            return nil
        }
        guard let field = textField(index) else {
            throw CQLError(diagnostic: .unsupportedIndex, message: "unsupported index \(clause.index)", offset: 0)
        }
        switch relation {
        case "=", "all", "scr":
            return .term(SearchTerm(field: field, text: term))
        case "any":
            return .term(SearchTerm(field: field, text: term, anyWord: true))
        case "adj":
            return .term(SearchTerm(field: field, text: term, phrase: true))
        case "==", "exact":
            return .term(SearchTerm(field: field, text: term, phrase: true, exact: true))
        default:
            throw CQLError(
                diagnostic: .unsupportedRelation,
                message: "relation \(clause.relation.name) is not supported for \(clause.index)", offset: 0)
        }
    }

    static func textField(_ index: String) -> SearchField? {
        switch index {
        case "cql.serverchoice", "serverchoice", "cql.anywhere", "anywhere", "cql.keywords", "keywords",
            "text", "all", "any", "pinakes.any":
            .any
        case "dc.title", "title", "bath.title", "bib1.title", "pinakes.title":
            .title
        case "dc.creator", "creator", "dc.contributor", "author", "bath.author", "bath.name", "name",
            "bath.personalname", "bath.corporatename", "pinakes.author":
            .author
        case "dc.subject", "subject", "bath.subject", "pinakes.subject":
            .subject
        case "bath.isbn", "isbn", "bath.issn", "issn", "dc.identifier", "identifier", "pinakes.isbn":
            .isbn
        case "dc.publisher", "publisher", "bath.publisher", "dc.description", "description", "pinakes.other":
            .other
        default: nil
        }
    }

    private static func sort(_ keys: [CQLSortKey]) throws(CQLError) -> SearchRequest.Sort? {
        guard let key = keys.first else { return nil }
        let descending = key.modifiers.contains { $0.name.lowercased().hasSuffix("descending") }
        switch key.index.lowercased() {
        case "dc.date", "date", "year": return descending ? .year : .yearAscending
        case "dc.title", "title": return .title
        case "cql.relevance", "relevance", "rank": return .relevance
        default:
            throw CQLError(diagnostic: .sortNotSupported, message: "cannot sort by \(key.index)", offset: 0)
        }
    }
}

/// The CQL indexes that narrow the results rather than search text.
enum FilterIndex {
    case year, library, language, format

    init?(_ index: String) {
        switch index {
        case "dc.date", "date", "year", "bath.date", "pinakes.year": self = .year
        case "pinakes.library", "library", "rec.collection", "pinakes.holdinglibrary": self = .library
        case "dc.language", "language", "pinakes.language": self = .language
        case "dc.format", "format", "dc.type", "pinakes.format": self = .format
        default: return nil
        }
    }

    func apply(relation: String, term: String, to filters: inout SearchFilters) throws(CQLError) {
        let words = term.split(whereSeparator: \.isWhitespace).map(String.init)
        switch self {
        case .year:
            let years = words.compactMap { Int($0) }
            guard years.count == words.count, let first = years.first else {
                throw CQLError(
                    diagnostic: .unsupportedRelation, message: "dc.date needs a year such as 1998, not “\(term)”",
                    offset: 0)
            }
            switch relation {
            case "=", "==", "exact":
                filters.yearFrom = first
                filters.yearTo = first
            case "<": filters.yearTo = first - 1
            case "<=": filters.yearTo = first
            case ">": filters.yearFrom = first + 1
            case ">=": filters.yearFrom = first
            case "within" where years.count == 2:
                filters.yearFrom = years[0]
                filters.yearTo = years[1]
            default:
                throw CQLError(
                    diagnostic: .unsupportedRelation, message: "relation \(relation) is not supported for dc.date",
                    offset: 0)
            }
        case .library, .language, .format:
            guard ["=", "==", "exact", "any"].contains(relation) else {
                throw CQLError(
                    diagnostic: .unsupportedRelation, message: "relation \(relation) is not supported here",
                    offset: 0)
            }
            switch self {
            case .library: filters.libraries += words
            case .language: filters.languages += words.map { $0.lowercased() }
            default: filters.formats += words.map { $0.lowercased() }
            }
        }
    }
}
