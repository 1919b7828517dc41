/// A set of the feed, written as an OAI-PMH setSpec: `library` and `library:CODE` (a member library and every
/// library below it in the tree), `format` and `format:book` (a kind of material).
public enum FeedSet: Sendable, Hashable {
    /// Every record held by some library (all of them).
    case libraries
    /// The records of one library and of the libraries below it.
    case library(code: String)
    /// Every record whose kind of material is known.
    case formats
    /// The records of one kind of material (a `BibliographicFormat` raw value).
    case format(String)

    /// The set a setSpec names, or nil when it names none of ours (the codes and formats are checked later).
    public init?(spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("library", 1): self = .libraries
        case ("library", 2) where !parts[1].isEmpty: self = .library(code: parts[1].uppercased())
        case ("format", 1): self = .formats
        case ("format", 2) where !parts[1].isEmpty: self = .format(parts[1])
        default: return nil
        }
    }

    /// The setSpec (OAI-PMH 2.0 §4.6, colon-separated hierarchy).
    public var spec: String {
        switch self {
        case .libraries: "library"
        case .library(let code): "library:\(code)"
        case .formats: "format"
        case .format(let material): "format:\(material)"
        }
    }
}

/// A set with its human-readable name, as ListSets gives it.
public struct FeedSetDescription: Sendable, Hashable {
    public var set: FeedSet
    public var name: String
}
