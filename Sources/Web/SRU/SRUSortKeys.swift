import Catalog

/// Sorting for searchRetrieve: SRU 1.1 `sortKeys` (space-separated `path,schema,ascending,caseSensitive,
/// missingValue`) and CQL `sortBy`, both onto the orders the catalogue has (date either way, title A–Z,
/// relevance).
enum SRUSortKeys {
    /// SRU 1.1 §"sortKeys" as CQL sort keys; `ascending` defaults to 1.
    static func parse(_ text: String) throws -> [CQLSortKey] {
        try text.split(whereSeparator: \.isWhitespace).map { key in
            let parts = key.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let path = parts.first, !path.isEmpty else {
                throw SRUDiagnostic.badValue("sortKeys", "a sort key starts with an index such as dc.title")
            }
            let ascending = parts.count > 2 ? parts[2] : ""
            guard ["", "1", "0", "true", "false"].contains(ascending) else {
                throw SRUDiagnostic.badValue("sortKeys", "ascending must be 1 or 0 in \(key)")
            }
            let descending = ascending == "0" || ascending == "false"
            return CQLSortKey(index: path, modifiers: descending ? [CQLModifier(name: "sort.descending")] : [])
        }
    }

    /// One key, and no descending title order: the catalogue cannot do more (SRU diagnostics 83 and 80).
    static func check(_ keys: [CQLSortKey]) throws {
        guard let key = keys.first else { return }
        if keys.count > 1 {
            throw SRUDiagnostic(83, details: "1", explanation: "results are sorted by one key")
        }
        let descending = key.modifiers.contains { $0.name.lowercased().hasSuffix("descending") }
        if descending && ["dc.title", "title"].contains(key.index.lowercased()) {
            throw SRUDiagnostic(80, details: key.index, explanation: "titles sort A to Z only")
        }
    }
}
