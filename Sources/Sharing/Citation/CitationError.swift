import Foundation

/// Why an OpenURL was refused.
public enum CitationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing was given.
    case empty
    /// The text has no `key=value` query (`https://example.org/resolve` alone).
    case noQuery(String)
    /// The query has keys, but none that describes a work (no title, ISBN, ISSN, DOI, PMID, OCLC or LCCN).
    case noCitationData(keys: [String])

    /// English text for staff.
    public var description: String {
        switch self {
        case .empty: return "the OpenURL is empty"
        case .noQuery(let text):
            return "not an OpenURL: no key=value query in \"\(text.prefix(80))\""
        case .noCitationData(let keys):
            let shown = keys.prefix(12).joined(separator: ", ")
            return "the OpenURL names no title, ISBN, ISSN, DOI, PMID, OCLC number or LCCN (keys: \(shown))"
        }
    }
}
