import Foundation

/// Finding the query in an OpenURL and splitting it into pairs, tolerating what real links do: a doubled `??`,
/// `&` left unescaped inside a value (`title=Mind & Society`), `&amp;` for `&`, empty keys and stray text.
enum OpenURLQuery {
    /// The query part: after the first `?` (further `?` dropped), or the whole text when it is a query already
    /// (`key=value` before any `?`, which then belongs to a value such as a title).
    static func query(of text: String) -> Substring? {
        if let mark = text.firstIndex(of: "?"), !text[..<mark].contains("=") {
            let query = text[text.index(after: mark)...].drop { $0 == "?" }
            return query.contains("=") ? query : nil
        }
        return text.contains("=") ? text[...] : nil
    }

    /// The pairs in order. A piece that does not start a pair (no key before `=`, or an unknown key with no
    /// value) is taken as the continuation of the previous value after an unescaped `&`; a single `=` its
    /// sender appended is dropped.
    static func pairs(_ query: Substring, notes: inout [String]) -> [OpenURLPair] {
        var pairs: [OpenURLPair] = []
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            var segment = piece
            if segment.hasPrefix("amp;"), startsPair(segment.dropFirst(4)) { segment = segment.dropFirst(4) }
            let equals = segment.firstIndex(of: "=")
            let key = (equals.map { segment[..<$0] } ?? segment).drop { $0 == "?" }
            let value = equals.map { segment[segment.index(after: $0)...] } ?? ""
            if equals != nil, isKeyLike(key), !value.isEmpty || OpenURLKeys.isKnown(key.lowercased()) || pairs.isEmpty {
                pairs.append(OpenURLPair(key: String(key), value: String(value)))
            } else if equals != nil, key.isEmpty {
                if !value.isEmpty { notes.append("a value without a key was skipped: \(value.prefix(40))") }
            } else if let last = pairs.indices.last {
                let text = segment.hasSuffix("=") ? segment.dropLast() : segment
                pairs[last].value += "&" + text
            } else {
                notes.append("text before the first key was skipped: \(segment.prefix(40))")
            }
        }
        return pairs
    }

    /// Whether `segment` begins with `key=` for a key-like key.
    static func startsPair(_ segment: Substring) -> Bool {
        guard let equals = segment.firstIndex(of: "=") else { return false }
        return isKeyLike(segment[..<equals])
    }

    /// ASCII letters, digits, `_`, `.` and `-`, starting with a letter or `_`, as every OpenURL key does.
    static func isKeyLike(_ key: Substring) -> Bool {
        guard let first = key.first, first.isLetter || first == "_", key.count <= 64 else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }
    }
}
