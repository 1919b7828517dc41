import Foundation
import MARC

/// A heading a reader can browse (Z39.50 Scan): a title, a name or a subject of one record, with the key it
/// sorts and matches by (folded like the search tokenizer) and the form shown.
public struct BrowseHeading: Sendable, Hashable {
    /// The heading lists.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case title, author, subject
    }

    public var kind: Kind
    /// Folded tokens joined by spaces: case, diacritics and scripts folded as in the search index.
    public var key: String
    public var display: String

    public init(kind: Kind, display: String) {
        self.kind = kind
        self.display = display
        self.key = Self.key(display)
    }

    /// The sort and match key of `text`.
    public static func key(_ text: String) -> String {
        String(SearchTokenizer(indexesCJKUnigrams: false).indexText(text).prefix(200))
    }

    /// The heading an indexed field gives: titles, names (not the statement of responsibility, 245 `$c`) and
    /// subjects; nil for other fields.
    init?(column: IndexColumn, tag: String, values: some Sequence<String>) {
        let kind: Kind
        switch column {
        case .title: kind = .title
        case .author where tag != "245" && tag != "200": kind = .author
        case .subject: kind = .subject
        default: return nil
        }
        var display = values.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        while let last = display.last, " /:;,.=".contains(last) { display.removeLast() }
        guard !display.isEmpty else { return nil }
        self.init(kind: kind, display: String(display.prefix(500)))
        guard !key.isEmpty else { return nil }
    }

    /// `headings` without repeats of the same kind and key, in order.
    static func distinct(_ headings: [BrowseHeading]) -> [BrowseHeading] {
        var seen: Set<String> = []
        return headings.filter { seen.insert("\($0.kind.rawValue) \($0.key)").inserted }
    }
}
