import Catalog
import Hummingbird

/// A search as a URL asks for it (`/api/v1/search` and the `/search` page share it): the query in the simple
/// syntax (`q`) or in CQL (`cql`), the filters a reader clicked, the order and the page.
struct SearchParameters: Sendable {
    /// Which parameter carried the query.
    enum Syntax: String, Sendable {
        case simple = "q"
        case cql
    }

    /// Longer queries are refused (SRU diagnostic 12 for CQL).
    static let maximumQueryLength = 4_096
    static let defaultLimit = 20
    static let maximumLimit = 100

    var syntax: Syntax
    /// The query as given.
    var text: String
    var request: SearchRequest

    /// Reads and checks the parameters; throws `WebError.invalidParameter` naming the parameter at fault, or
    /// `SearchQueryError` with the CQL diagnostic and position.
    static func parse(_ parameters: Parameters, homeLibrary: String? = nil) throws -> SearchParameters {
        let (syntax, text) = try queryText(parameters)
        var filters = try SearchFilters(parameters)
        let limit = min(try integer(parameters, "limit") ?? defaultLimit, maximumLimit)
        let offset = try integer(parameters, "offset") ?? 0
        let sortGiven = try sortOrder(parameters)
        let facets = try flag(parameters, "facets") ?? true
        let parsed = try parseQuery(text, syntax: syntax)
        filters.add(parsed.filters)
        let sort = sortGiven ?? parsed.sort ?? .relevance
        let home = homeLibrary ?? parameters.get("home").flatMap { $0.isEmpty ? nil : $0.uppercased() }
        return SearchParameters(
            syntax: syntax, text: text,
            request: SearchRequest(
                query: parsed.query, filters: filters, sort: sort, offset: offset, limit: limit, facets: facets,
                homeLibrary: home))
    }

    /// Exactly one of `q` and `cql`, not empty and not too long.
    static func queryText(_ parameters: Parameters) throws -> (Syntax, String) {
        // Blank counts as absent; the text is kept as given so CQL error positions match what was sent.
        let blank = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let simple = parameters.get("q").flatMap { blank($0) ? nil : $0 } ?? ""
        let cql = parameters.get("cql").flatMap { blank($0) ? nil : $0 } ?? ""
        if !simple.isEmpty && !cql.isEmpty {
            throw WebError.invalidParameter("q", "give either q (the simple search) or cql (a CQL query), not both")
        }
        if simple.isEmpty && cql.isEmpty {
            throw WebError.invalidParameter(
                "q", "the search is empty: give q (words, \"phrases\", -exclusions) or cql (a CQL query)")
        }
        let syntax: Syntax = cql.isEmpty ? .simple : .cql
        let text = cql.isEmpty ? simple : cql
        let length = text.unicodeScalars.count
        if length > maximumQueryLength {
            let message = "the query has \(length) characters; at most \(maximumQueryLength) are accepted"
            guard syntax == .cql else { throw WebError.invalidParameter("q", message) }
            throw SearchQueryError(
                parameter: "cql",
                cql: CQLError(diagnostic: .tooManyCharactersInQuery, message: message, offset: maximumQueryLength))
        }
        return (syntax, text)
    }

    static func parseQuery(_ text: String, syntax: Syntax) throws -> (
        query: SearchQuery, filters: SearchFilters, sort: SearchRequest.Sort?
    ) {
        do {
            switch syntax {
            case .simple:
                let parsed = try SimpleQuery.parse(text)
                return (parsed.query, parsed.filters, nil)
            case .cql:
                let cql = try CQLParser(maximumLength: maximumQueryLength).parse(text)
                return try CQLSearchMapping.map(cql)
            }
        } catch {
            throw SearchQueryError(parameter: syntax.rawValue, cql: error)
        }
    }

    /// A non-negative integer parameter, or nil when absent or empty.
    static func integer(_ parameters: Parameters, _ name: String) throws -> Int? {
        guard let raw = parameters.get(name), !raw.isEmpty else { return nil }
        guard let value = Int(raw), value >= 0 else {
            throw WebError.invalidParameter(name, "\(name) must be a whole number of 0 or more, not \(raw)")
        }
        return value
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`, `on` as an HTML checkbox sends it), or nil when absent.
    static func flag(_ parameters: Parameters, _ name: String) throws -> Bool? {
        guard let raw = parameters.get(name)?.lowercased(), !raw.isEmpty else { return nil }
        switch raw {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw WebError.invalidParameter(name, "\(name) must be true or false, not \(raw)")
        }
    }

    static func sortOrder(_ parameters: Parameters) throws -> SearchRequest.Sort? {
        guard let raw = parameters.get("sort"), !raw.isEmpty else { return nil }
        guard let sort = SearchRequest.Sort(rawValue: raw) else {
            let known = SearchRequest.Sort.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.invalidParameter("sort", "sort must be one of \(known), not \(raw)")
        }
        return sort
    }

    /// Every value of a repeatable parameter, also split at commas (`library=CEN,GUSU` or `library=CEN&library=GUSU`).
    static func list(_ parameters: Parameters, _ name: String) -> [String] {
        parameters.getAll(name).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension SearchFilters {
    /// The filters given as parameters: `library`, `format`, `language`, `decade`, `class`, `available`.
    init(_ parameters: Parameters) throws {
        self.init()
        libraries = SearchParameters.list(parameters, "library").map { $0.uppercased() }
        formats = SearchParameters.list(parameters, "format")
        languages = SearchParameters.list(parameters, "language")
        classes = SearchParameters.list(parameters, "class")
        decades = try SearchParameters.list(parameters, "decade").map { raw in
            guard let decade = Int(raw) else {
                throw WebError.invalidParameter("decade", "decade must be a year such as 1990, not \(raw)")
            }
            return decade
        }
        availableNow = try SearchParameters.flag(parameters, "available") ?? false
    }

    /// Adds the restrictions a query carried itself (`library:` in the simple box, `dc.date` in CQL).
    mutating func add(_ other: SearchFilters) {
        libraries += other.libraries.filter { !libraries.contains($0) }
        formats += other.formats.filter { !formats.contains($0) }
        languages += other.languages.filter { !languages.contains($0) }
        decades += other.decades.filter { !decades.contains($0) }
        classes += other.classes.filter { !classes.contains($0) }
        availableNow = availableNow || other.availableNow
        yearFrom = [yearFrom, other.yearFrom].compactMap { $0 }.max()
        yearTo = [yearTo, other.yearTo].compactMap { $0 }.min()
    }
}
