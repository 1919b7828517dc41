import Catalog

/// Turns a type-1 RPN query with Bib-1 attributes (Z39.50-2003 Appendix 3, ATR.1) into the catalogue's
/// `SearchQuery` and `SearchFilters`, or a Bib-1 diagnostic saying which part cannot be run.
public struct RPNTranslator: Sendable {
    /// The result sets of the session, which an operand may name (ResultSetId).
    public var resultSets: [String: Z3950Selection]

    public init(resultSets: [String: Z3950Selection] = [:]) {
        self.resultSets = resultSets
    }

    /// The selection for `query`.
    public func translate(_ query: RPNQuery) throws(Z3950Diagnostic) -> Z3950Selection {
        guard query.attributeSet == RPNQuery.bib1 else {
            throw Z3950Diagnostic(121, query.attributeSet.map(String.init).joined(separator: "."))
        }
        if case .term(let operand) = query.root, let number = try localNumber(operand) {
            return .cluster(number)
        }
        var filters = SearchFilters()
        let root = try node(query.root, filters: &filters, topLevel: true) ?? .everything
        return .catalog(root, filters)
    }

    /// The cluster id of a query that is only `@attr 1=12 N`.
    private func localNumber(_ operand: AttributesPlusTerm) throws(Z3950Diagnostic) -> Int64? {
        guard let use = operand.attributes.first(where: { $0.type == 1 }), use.value == 12 else { return nil }
        guard let text = operand.term.text, let number = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            throw Z3950Diagnostic(108, "local number must be a number")
        }
        return number
    }

    /// A query node; nil when the operand was only a date limit (moved to `filters`).
    private func node(_ structure: RPNStructure, filters: inout SearchFilters, topLevel: Bool)
        throws(Z3950Diagnostic) -> SearchQuery?
    {
        switch structure {
        case .term(let operand):
            return try term(operand, filters: &filters, topLevel: topLevel)
        case .resultSet(let name):
            guard let selection = resultSets[name.lowercased()] ?? resultSets[name] else {
                throw Z3950Diagnostic(30, name)
            }
            guard case .catalog(let query, let inner) = selection else { throw Z3950Diagnostic(123, name) }
            if !inner.isEmpty {
                guard topLevel else { throw Z3950Diagnostic(123, "result set \(name) with a date limit") }
                filters.yearFrom = inner.yearFrom ?? filters.yearFrom
                filters.yearTo = inner.yearTo ?? filters.yearTo
            }
            return query == .everything ? nil : query
        case .operation(let left, let right, let op):
            switch op {
            case .and:
                let parts = [
                    try node(left, filters: &filters, topLevel: topLevel),
                    try node(right, filters: &filters, topLevel: topLevel),
                ].compactMap { $0 }
                return parts.count > 1 ? .all(parts) : parts.first
            case .or:
                return .any([try required(left, filters: &filters), try required(right, filters: &filters)])
            case .andNot:
                guard let kept = try node(left, filters: &filters, topLevel: topLevel) else {
                    throw Z3950Diagnostic(123, "AND-NOT needs words on its left")
                }
                return .excluding(kept, try required(right, filters: &filters))
            case .proximity:
                throw Z3950Diagnostic(129, "proximity")
            }
        }
    }

    /// A node below OR or AND-NOT, where a date limit cannot stand.
    private func required(_ structure: RPNStructure, filters: inout SearchFilters) throws(Z3950Diagnostic)
        -> SearchQuery
    {
        guard let query = try node(structure, filters: &filters, topLevel: false) else {
            throw Z3950Diagnostic(123, "date limits can only be ANDed with the rest of the query")
        }
        return query
    }

    private func term(_ operand: AttributesPlusTerm, filters: inout SearchFilters, topLevel: Bool)
        throws(Z3950Diagnostic) -> SearchQuery?
    {
        let attributes = try Bib1Attributes(operand.attributes)
        guard var text = operand.term.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw Z3950Diagnostic(108, "empty or non-text search term")
        }
        if attributes.isDate {
            guard topLevel else { throw Z3950Diagnostic(123, "date limits can only be ANDed") }
            try attributes.applyDate(text, to: &filters)
            return nil
        }
        guard let field = attributes.field else { throw Z3950Diagnostic(114, "12") }
        if attributes.rightTruncation, !text.hasSuffix("*") { text += "*" }
        return .term(SearchTerm(field: field, text: text, phrase: attributes.phrase && !attributes.rightTruncation))
    }
}
