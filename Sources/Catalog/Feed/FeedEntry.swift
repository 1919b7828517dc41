import Consortium
import Foundation
import MARC
import PinakesCore

/// One member record as a feed sees it: who holds it, its source id, when it last changed, whether it is
/// deleted, and (when asked for) the record itself.
public struct FeedEntry: Sendable, Hashable {
    /// The `bib_source_record` row id; with `datestamp` it orders the feed.
    public var id: Int64
    public var libraryID: Identifier<Library>
    /// The member library's code, the first part of the record's identifier.
    public var libraryCode: String
    /// The member's own id for the record (its 001, 035 or content hash).
    public var sourceID: String
    /// Seconds since 1970 of the last change, deletion included.
    public var datestamp: Int64
    /// Deleted records stay in the feed with only their header (OAI-PMH 2.0 §2.5.1, `persistent`).
    public var deleted: Bool
    /// The kind of material (a `BibliographicFormat` raw value), when known.
    public var material: String?
    /// The record as stored; nil when not read (identifiers only) or deleted.
    public var record: Record?

    /// Where the next page starts.
    public var cursor: FeedCursor { FeedCursor(datestamp: datestamp, id: id) }
}

/// A position in the feed's (datestamp, id) order: the last entry already sent.
public struct FeedCursor: Sendable, Hashable, Codable {
    public var datestamp: Int64
    public var id: Int64

    public init(datestamp: Int64, id: Int64) {
        self.datestamp = datestamp
        self.id = id
    }
}
