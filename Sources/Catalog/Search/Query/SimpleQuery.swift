import Foundation

/// The simple search box for people: words (all must match), "phrases", -exclusions, `OR` between two parts,
/// and the prefixes `title:` `author:` `subject:` `isbn:` `issn:` (each with a word or a "phrase"), `year:1990`
/// or `year:1990-1999`, `library:CODE`. Anything else that looks like a prefix is read as words.
public enum SimpleQuery {
    /// Longer queries are refused (SRU diagnostic 12).
    public static let maximumLength = 4096

    public static func parse(_ text: String) throws(CQLError) -> (query: SearchQuery, filters: SearchFilters) {
        guard text.count <= maximumLength else {
            throw CQLError(
                diagnostic: .tooManyCharactersInQuery,
                message: "the query has \(text.count) characters; at most \(maximumLength) are accepted",
                offset: maximumLength)
        }
        var reader = SimpleQueryReader(text)
        var filters = SearchFilters()
        var kept: [SearchQuery] = []
        var dropped: [SearchQuery] = []
        var orNext = false
        while let part = reader.next() {
            if part.text == "OR" && !part.quoted && part.field == nil && !part.negated {
                orNext = !kept.isEmpty
                continue
            }
            switch part.field {
            case "year", "date":
                guard let range = yearRange(part.text) else {
                    throw CQLError(
                        diagnostic: .querySyntaxError,
                        message: "year:\(part.text) is not a year or a range of years such as 1990-1999",
                        offset: part.offset)
                }
                filters.yearFrom = range.lowerBound
                filters.yearTo = range.upperBound
                continue
            case "library", "lib":
                filters.libraries.append(contentsOf: part.text.split(separator: ",").map { String($0) })
                continue
            default: break
            }
            let term = SearchQuery.term(
                SearchTerm(field: field(part.field), text: part.text, phrase: part.quoted))
            if part.negated {
                dropped.append(term)
            } else if orNext, let last = kept.popLast() {
                if case .any(let parts) = last {
                    kept.append(.any(parts + [term]))
                } else {
                    kept.append(.any([last, term]))
                }
                orNext = false
            } else {
                kept.append(term)
            }
        }
        if kept.isEmpty {
            if !dropped.isEmpty {
                throw CQLError(
                    diagnostic: .emptyTermUnsupported,
                    message: "an exclusion alone finds nothing: add a word to search for", offset: 0)
            }
            guard !filters.isEmpty else {
                throw CQLError(diagnostic: .emptyTermUnsupported, message: "the query is empty", offset: 0)
            }
            return (.everything, filters)
        }
        var query = kept.count == 1 ? kept[0] : .all(kept)
        if !dropped.isEmpty { query = .excluding(query, dropped.count == 1 ? dropped[0] : .any(dropped)) }
        return (query, filters)
    }

    static func field(_ name: String?) -> SearchField {
        switch name {
        case "title", "ti": .title
        case "author", "au", "creator", "name": .author
        case "subject", "su": .subject
        case "isbn", "issn": .isbn
        default: .any
        }
    }

    /// `1990` or `1990-1999`.
    static func yearRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count <= 2, let from = Int(parts[0]), (0...9999).contains(from) else { return nil }
        guard parts.count == 2 else { return from...from }
        guard let to = Int(parts[1]), to >= from, to <= 9999 else { return nil }
        return from...to
    }
}

/// Splits the box's text into parts: `-`, `prefix:`, a word or a "quoted phrase".
struct SimpleQueryReader {
    struct Part {
        var text: String
        var field: String?
        var quoted: Bool
        var negated: Bool
        var offset: Int
    }

    static let prefixes: Set<String> = [
        "title", "ti", "author", "au", "creator", "name", "subject", "su", "isbn", "issn", "year", "date", "library",
        "lib", "any",
    ]

    private let characters: [Character]
    private var position = 0

    init(_ text: String) { characters = Array(text) }

    mutating func next() -> Part? {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        guard position < characters.count else { return nil }
        let start = position
        var negated = false
        if characters[position] == "-", position + 1 < characters.count, !characters[position + 1].isWhitespace {
            negated = true
            position += 1
        }
        var field: String?
        if let colon = prefixEnd() {
            field = String(characters[position..<colon]).lowercased()
            position = colon + 1
        }
        if position < characters.count, characters[position] == "\"" {
            position += 1
            let from = position
            while position < characters.count, characters[position] != "\"" { position += 1 }
            let text = String(characters[from..<position])
            if position < characters.count { position += 1 }
            return Part(text: text, field: field, quoted: true, negated: negated, offset: start)
        }
        let from = position
        while position < characters.count, !characters[position].isWhitespace { position += 1 }
        let text = String(characters[from..<position])
        if text.isEmpty, let field {
            // `title:` with nothing after it: read the prefix as a word.
            return Part(text: field, field: nil, quoted: false, negated: negated, offset: start)
        }
        return Part(text: text, field: field, quoted: false, negated: negated, offset: start)
    }

    /// The position of the colon when a known prefix starts here.
    private func prefixEnd() -> Int? {
        var index = position
        while index < characters.count, characters[index].isLetter, index - position < 8 { index += 1 }
        guard index < characters.count, characters[index] == ":", index > position else { return nil }
        return Self.prefixes.contains(String(characters[position..<index]).lowercased()) ? index : nil
    }
}
