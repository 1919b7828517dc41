import Foundation

/// The decoded values of one OpenURL grouped by the field they fill, Z39.88-2004 (`rft.`) values before
/// OpenURL 0.1 values, with the identifiers, referrer and format kept apart.
struct OpenURLFields {
    private var modern: [OpenURLField: [String]] = [:]
    private var legacy: [OpenURLField: [String]] = [:]
    /// `rft_id` values (URIs such as `info:doi/…`) and 0.1 `id` values (`doi:…`), in order.
    var identifiers: [(key: String, value: String)] = []
    /// `rfr_id` values, then `sid` values.
    var referrers: [String] = []
    /// `rft_val_fmt`, such as `info:ofi/fmt:kev:mtx:journal`.
    var format: String?
    /// Keys neither known nor administrative, for one note.
    var unknownKeys: [String] = []

    /// Decodes every pair; repairs and conflicts are added to `notes`.
    init(pairs: [OpenURLPair], notes: inout [String]) {
        let latin1 = Self.declaresLatin1(pairs)
        var firstValues: [String: String] = [:]
        var legacyReferrers: [String] = []
        for pair in pairs {
            let key = pair.key.lowercased()
            let value = OpenURLText.decode(pair.value[...], key: pair.key, latin1: latin1, notes: &notes)
            guard !value.isEmpty || Self.holdsPlace(key) else { continue }
            switch key {
            case "rft_id", "id", "rft.id": identifiers.append((pair.key, value))
            case "rfr_id": referrers.append(value)
            case "sid": legacyReferrers.append(value)
            case "rft_val_fmt": format = format ?? value.lowercased()
            default: add(key: key, value: value, firstValues: &firstValues, notes: &notes)
            }
        }
        referrers += legacyReferrers
    }

    /// Files a metadata value, or remembers an unknown key; notes a single-valued key repeated with another value.
    private mutating func add(key: String, value: String, firstValues: inout [String: String], notes: inout [String]) {
        let modernKey = key.hasPrefix("rft.")
        let bare = modernKey ? String(key.dropFirst(4)) : key
        guard let field = OpenURLKeys.fields[bare] else {
            let quiet =
                OpenURLKeys.unused.contains(bare) || OpenURLKeys.special.contains(key)
                || OpenURLKeys.administrativePrefixes.contains { key.hasPrefix($0) }
            if !quiet, !unknownKeys.contains(key) { unknownKeys.append(key) }
            return
        }
        if !Self.repeatable.contains(field), let first = firstValues[key], first != value, !value.isEmpty {
            notes.append("\(key) is given twice; the first value was used, not \"\(value.prefix(60))\"")
        }
        firstValues[key] = firstValues[key] ?? value
        if modernKey { modern[field, default: []].append(value) } else { legacy[field, default: []].append(value) }
    }

    /// Fields a key may repeat: several authors come as `au=…&au=…` or `aulast=A&aufirst=a&aulast=B&aufirst=b`.
    static let repeatable: Set<OpenURLField> = [
        .author, .authorLast, .authorFirst, .authorInitials, .authorFirstInitial, .authorMiddleInitial, .authorSuffix,
        .corporateAuthor, .isbn, .issn,
    ]

    /// Name parts that keep their place when empty: `aulast=A&aufirst=&aulast=B&aufirst=b` gives B, not A, the `b`.
    static let positional: Set<OpenURLField> = [
        .authorLast, .authorFirst, .authorInitials, .authorFirstInitial, .authorMiddleInitial, .authorSuffix,
    ]

    /// Whether an empty value of this key is kept as a placeholder (see `positional`).
    static func holdsPlace(_ key: String) -> Bool {
        let bare = key.hasPrefix("rft.") ? String(key.dropFirst(4)) : key
        return OpenURLKeys.fields[bare].map(positional.contains) ?? false
    }

    /// Every non-empty value for `field`, 1.0 values first.
    func all(_ field: OpenURLField) -> [String] {
        placed(field).filter { !$0.isEmpty }
    }

    /// Every value for `field` with empty placeholders kept, so author name parts line up by position.
    func placed(_ field: OpenURLField) -> [String] {
        (modern[field] ?? []) + (legacy[field] ?? [])
    }

    /// The first non-empty value for `field`.
    func first(_ field: OpenURLField) -> String? {
        modern[field]?.first { !$0.isEmpty } ?? legacy[field]?.first { !$0.isEmpty }
    }

    /// The first value for the first of `fields` that has one.
    func first(_ fields: [OpenURLField]) -> String? {
        fields.lazy.compactMap { first($0) }.first
    }

    /// Whether `ctx_enc` or `charset` says the values are Latin-1 rather than UTF-8 (Z39.88-2004 `ctx_enc`).
    static func declaresLatin1(_ pairs: [OpenURLPair]) -> Bool {
        pairs.contains { pair in
            let key = pair.key.lowercased()
            guard key == "ctx_enc" || key.hasSuffix("charset") || key.hasSuffix("char_set") else { return false }
            let value = pair.value.lowercased().replacingOccurrences(of: "%3a", with: ":")
            return value.contains("8859-1") || value.contains("latin1") || value.contains("latin-1")
                || value.contains("1252")
        }
    }
}
