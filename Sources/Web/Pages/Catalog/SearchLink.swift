import Foundation
import Hummingbird

/// The links of the search page: the current search's parameters, with a filter added or removed or another
/// page chosen, so every facet, filter and page is a plain link that works without JavaScript.
struct SearchLink: Sendable, Equatable {
    /// Parameters that hold lists (a comma list is kept as separate pairs).
    static let filterNames: Set<String> = ["library", "format", "language", "decade", "class"]

    private(set) var pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// The search of this request, without the language switch and the page position.
    init(_ parameters: Parameters) {
        var pairs: [(name: String, value: String)] = []
        for (key, value) in parameters {
            let name = String(key)
            guard name != "lang" && name != "offset", !value.isEmpty else { continue }
            if Self.filterNames.contains(name) {
                for part in value.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
                    pairs.append((name, part.trimmingCharacters(in: .whitespaces)))
                }
            } else {
                pairs.append((name, String(value)))
            }
        }
        self.pairs = pairs
    }

    static func == (lhs: SearchLink, rhs: SearchLink) -> Bool { lhs.href == rhs.href }

    func contains(_ name: String, _ value: String) -> Bool {
        pairs.contains { $0.name == name && $0.value.caseInsensitiveCompare(value) == .orderedSame }
    }

    /// Every value of `name` in this search.
    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    func adding(_ name: String, _ value: String) -> SearchLink {
        contains(name, value) ? self : SearchLink(pairs: pairs + [(name, value)])
    }

    func removing(_ name: String, _ value: String? = nil) -> SearchLink {
        SearchLink(
            pairs: pairs.filter { pair in
                guard pair.name == name else { return true }
                guard let value else { return false }
                return pair.value.caseInsensitiveCompare(value) != .orderedSame
            })
    }

    /// The same search from result `offset` on.
    func at(offset: Int) -> SearchLink {
        offset > 0 ? SearchLink(pairs: pairs + [("offset", String(offset))]) : self
    }

    /// The link, percent-encoded (Mustache escapes it once more for the attribute).
    var href: String {
        guard !pairs.isEmpty else { return "/search" }
        return "/search?" + pairs.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A search link for the simple box: `author:"…"`, `subject:"…"`.
    static func query(_ field: String, _ text: String) -> String {
        let phrase = text.replacingOccurrences(of: "\"", with: " ").trimmingCharacters(in: .whitespaces)
        return SearchLink(pairs: [("q", "\(field):\"\(phrase)\"")]).href
    }
}
