import Foundation

/// A query compiled for both engines: an FTS5 MATCH expression and a PostgreSQL tsquery, built from our own
/// tokens only (letters and digits), bound as parameters and never spliced into SQL text.
struct MatchExpression: Sendable, Hashable {
    var fts: String
    var tsquery: String
    /// The query's words as a title key: a title equal to it is boosted.
    var titleKey: String?
    /// Exact-title terms: a hit's title key must equal one of these.
    var exactTitles: [String]
}

/// Turns a `SearchQuery` into a `MatchExpression`.
struct MatchCompiler {
    /// More tokens than this in one query is refused (SRU diagnostic 38).
    static let maximumTokens = 256

    var tokenizer = SearchTokenizer(indexesCJKUnigrams: false)
    private var tokenCount = 0
    private var exactTitles: [String] = []

    static func compile(_ query: SearchQuery) throws(CQLError) -> MatchExpression {
        var compiler = MatchCompiler()
        guard let (fts, ts) = try compiler.node(query, negated: false) else {
            throw CQLError(
                diagnostic: .emptyTermUnsupported, message: "the query has no letters or digits to search for",
                offset: 0)
        }
        return MatchExpression(
            fts: fts, tsquery: ts, titleKey: compiler.titleKey(query), exactTitles: compiler.exactTitles)
    }

    /// The expression of `query`; nil when it holds no token at all (punctuation only).
    private mutating func node(_ query: SearchQuery, negated: Bool) throws(CQLError) -> (String, String)? {
        switch query {
        case .term(let term):
            return try self.term(term)
        case .all(let parts), .any(let parts):
            let isAll: Bool
            if case .all = query { isAll = true } else { isAll = false }
            let real = parts.filter { $0 != .everything }
            guard !real.isEmpty else { throw Self.unsupported("a group of filters only cannot be combined here") }
            var fts: [String] = []
            var ts: [String] = []
            for part in real {
                guard let (f, t) = try node(part, negated: negated) else { continue }
                fts.append("(\(f))")
                ts.append("(\(t))")
            }
            if fts.isEmpty { return nil }
            return (fts.joined(separator: isAll ? " AND " : " OR "), ts.joined(separator: isAll ? " & " : " | "))
        case .excluding(let kept, let dropped):
            guard let (keptFTS, keptTS) = try node(kept, negated: negated) else { return nil }
            guard let (droppedFTS, droppedTS) = try node(dropped, negated: !negated) else { return (keptFTS, keptTS) }
            return ("(\(keptFTS)) NOT (\(droppedFTS))", "(\(keptTS)) & !(\(droppedTS))")
        case .everything:
            throw Self.unsupported("“all records” can only stand alone or be narrowed by filters")
        }
    }

    /// One term: its tokens grouped into units (a word, or the bigrams of one CJK run as a phrase), ANDed
    /// (ORed for `anyWord`), or all of them as one phrase.
    private mutating func term(_ term: SearchTerm) throws(CQLError) -> (String, String)? {
        var text = term.text.trimmingCharacters(in: .whitespaces)
        let truncated = text.hasSuffix("*") && !term.phrase
        if truncated { text = String(text.dropLast()) }
        let tokens = tokenizer.tokens(text)
        guard !tokens.isEmpty else { return nil }
        tokenCount += tokens.count
        guard tokenCount <= Self.maximumTokens else {
            throw CQLError(
                diagnostic: .tooManyBooleanOperators,
                message: "the query has more than \(Self.maximumTokens) words", offset: 0)
        }
        var units: [[SearchToken]] = []
        if term.phrase || term.exact {
            units = [tokens]
        } else {
            for token in tokens {
                if token.kind == .cjkBigram, let last = units.last?.last, last.kind == .cjkBigram,
                    token.range.lowerBound < last.range.upperBound
                {
                    units[units.count - 1].append(token)
                } else {
                    units.append([token])
                }
            }
        }
        if term.exact, term.field == .title || term.field == .any {
            exactTitles.append(tokens.map(\.text).joined(separator: " "))
        }
        let column = Self.column(term.field)
        var fts: [String] = []
        var ts: [String] = []
        for (index, unit) in units.enumerated() {
            let prefix = truncated && index == units.count - 1 && unit.count == 1 && unit[0].kind == .word
            fts.append("\"" + unit.map(\.text).joined(separator: " ") + "\"" + (prefix ? " *" : ""))
            let label = (prefix ? ":*" : (column == nil ? "" : ":")) + (column.map { String($0.weight) } ?? "")
            ts.append(unit.map { "'\($0.text)'\(label)" }.joined(separator: " <-> "))
        }
        var ftsText = fts.joined(separator: term.anyWord ? " OR " : " AND ")
        if let column { ftsText = "{\(column.name)} : (\(ftsText))" }
        let tsText = ts.count == 1 ? ts[0] : "(" + ts.joined(separator: term.anyWord ? " | " : " & ") + ")"
        return (ftsText, tsText)
    }

    private static func column(_ field: SearchField) -> IndexColumn? {
        switch field {
        case .any: nil
        case .title: .title
        case .author: .author
        case .subject: .subject
        case .other, .isbn: .other
        }
    }

    /// The words of a query made only of plain terms ANDed together, as a title key.
    private func titleKey(_ query: SearchQuery) -> String? {
        var texts: [String] = []
        func collect(_ query: SearchQuery) -> Bool {
            switch query {
            case .term(let term) where term.field == .any || term.field == .title:
                texts.append(term.text)
                return true
            case .all(let parts): return parts.allSatisfy { $0 == .everything || collect($0) }
            default: return false
            }
        }
        guard collect(query) else { return nil }
        let key = tokenizer.indexText(texts.joined(separator: " "))
        return key.isEmpty ? nil : key
    }

    static func unsupported(_ message: String) -> CQLError {
        CQLError(diagnostic: .unsupportedBooleanOperator, message: message, offset: 0)
    }
}
