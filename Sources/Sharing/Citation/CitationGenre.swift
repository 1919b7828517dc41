import Foundation

/// What kind of thing a citation describes, folded from OpenURL genres (Z39.88-2004 `rft.genre`, OpenURL 0.1
/// `genre`) to the few a request needs.
public enum CitationGenre: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole book (also reports and documents).
    case book
    /// An article in a journal, magazine or newspaper, or a conference paper.
    case article
    /// A journal or one of its issues as a whole.
    case journal
    /// A chapter or other part of a book (`bookitem`).
    case chapter
    /// Anything else: dissertations, databases, maps, unknown.
    case other
}
