import Foundation

/// An identifier read from an OpenURL, by scheme: Z39.88-2004 `rft_id` URIs (`info:doi/…`, `info:pmid/…`,
/// `info:oclcnum/…`, `info:lccn/…`, `urn:isbn:…`, `urn:issn:…`) and OpenURL 0.1 `id` values (`doi:…`, `pmid:…`).
struct CitationIdentifier: Equatable {
    /// The schemes a citation keeps in fields of their own, and `other` for the rest.
    enum Scheme: Sendable, Equatable {
        case doi, pmid, oclcNumber, lccn, isbn, issn, other
    }

    var scheme: Scheme
    var value: String

    /// Scheme prefixes, lower case, and the scheme each introduces.
    static let prefixes: [(String, Scheme)] = [
        ("info:doi/", .doi), ("doi:", .doi), ("info:pmid/", .pmid), ("pmid:", .pmid), ("info:oclcnum/", .oclcNumber),
        ("oclcnum:", .oclcNumber), ("oclc:", .oclcNumber), ("info:lccn/", .lccn), ("lccn:", .lccn),
        ("urn:isbn:", .isbn), ("isbn:", .isbn), ("urn:issn:", .issn), ("issn:", .issn),
    ]

    /// DOI resolver prefixes found before DOIs.
    static let resolvers = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]

    /// The identifier a URI or `scheme:value` names; an empty value (`info:doi/` alone) gives none.
    static func classify(_ text: String) -> CitationIdentifier? {
        let lower = text.lowercased()
        for (prefix, scheme) in prefixes where lower.hasPrefix(prefix) {
            let value = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : CitationIdentifier(scheme: scheme, value: value)
        }
        if resolvers.contains(where: { lower.hasPrefix($0) }) || lower.hasPrefix("10.") {
            return CitationIdentifier(scheme: .doi, value: text)
        }
        return text.contains(":") || text.contains("/") ? CitationIdentifier(scheme: .other, value: text) : nil
    }

    /// A DOI from `10.` on (`10.registrant/suffix`), whatever came before it (`doi.org/`, `doi:`, `Org/`), with
    /// stray spaces removed, as DOIs have none.
    static func normalDOI(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        var searchFrom = compact.startIndex
        while let found = compact.range(of: "10.", range: searchFrom..<compact.endIndex) {
            var index = found.upperBound
            var registrant = 0
            while index < compact.endIndex, compact[index].isASCIIDigit || compact[index] == "." {
                registrant += 1
                index = compact.index(after: index)
            }
            let startsClean =
                found.lowerBound == compact.startIndex || !compact[compact.index(before: found.lowerBound)].isASCIIDigit
            if startsClean, registrant >= 4, index < compact.endIndex, compact[index] == "/",
                compact.index(after: index) < compact.endIndex
            {
                return String(compact[found.lowerBound...])
            }
            searchFrom = found.upperBound
        }
        return nil
    }

    /// The DOI as written without a resolver or `doi:` prefix, to tell whether `normalDOI` had to repair it.
    static func withoutResolver(_ text: String) -> String {
        let lower = text.lowercased()
        guard let prefix = resolvers.first(where: { lower.hasPrefix($0) }) else { return text }
        return withoutResolver(String(text.dropFirst(prefix.count)))
    }

    /// A PubMed id: digits only, after a `pmid:` doubled inside `info:pmid/`.
    static func normalPMID(_ text: String) -> String? {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.lowercased().hasPrefix("pmid:") { digits = digits.dropFirst(5).trimmingCharacters(in: .whitespaces) }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
    }

    /// An OCLC number without `(OCoLC)`, `ocm`, `ocn` or `on` and leading zeros.
    static func normalOCLC(_ text: String) -> String? {
        var value = text.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["(ocolc)", "ocm", "ocn", "on"] where value.hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count))
        }
        value = String(value.drop { $0 == "0" || $0 == " " })
        return !value.isEmpty && value.allSatisfy(\.isASCIIDigit) ? value : nil
    }

    /// An LCCN normalised as the Library of Congress does: blanks removed, everything from a `/` dropped, and the
    /// part after a hyphen padded to six digits (`85-2` → `85000002`).
    static func normalLCCN(_ text: String) -> String? {
        var value = text.filter { !$0.isWhitespace }.lowercased()
        if let slash = value.firstIndex(of: "/") { value = String(value[..<slash]) }
        if let hyphen = value.firstIndex(of: "-") {
            let serial = value[value.index(after: hyphen)...]
            guard serial.allSatisfy(\.isASCIIDigit), serial.count <= 6 else { return nil }
            value = String(value[..<hyphen]) + String(repeating: "0", count: 6 - serial.count) + String(serial)
        }
        let valid = !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return valid && value.contains(where: \.isASCIIDigit) ? value : nil
    }
}
