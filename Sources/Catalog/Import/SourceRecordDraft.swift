import Foundation
import MARC

/// A record read from a member's file, made ready to store: its identity, canonical bytes and items.
struct SourceRecordDraft: Sendable {
    var recordNumber: Int
    var sourceID: String
    var format: String
    var marc: [UInt8]
    var contentHash: String
    var dialect: String
    var deleted: Bool
    var items: [ImportedItem]
    var skippedItemFields: [String]
    /// The record itself, described (title, match points, quality) only when it is new or changed.
    var record: Record
    var title = ""
    /// What the record is matched on when it is placed in a cluster; nil until `described()`.
    var points: MatchPoints?
    /// How good a display record it makes (`RecordQuality`).
    var quality = 0
    /// What results show and facets count, and the search document; nil until `described()` or when deleted.
    var facts: RecordFacts?

    /// The draft with its title, match points and quality, read from the bibliographic summary: the costly
    /// part of an import, so it is done only for records that are new or have changed.
    func described() -> SourceRecordDraft {
        var copy = self
        let summary = BibliographicSummary(record, dialect: dialect == "unimarc" ? .unimarc : .marc21)
        copy.title = String((summary.title ?? "").prefix(500))
        copy.points = MatchPoints(summary)
        copy.quality = RecordQuality.score(record, summary: summary)
        copy.facts = deleted ? nil : RecordFacts(record, summary: summary)
        return copy
    }

    /// The member's own id for the record: 001, else the first 035$a, else a hash of the content.
    static func sourceID(of record: Record, hash: String) -> String {
        if let value = record.controlValue("001")?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            return value
        }
        if let value = record["035"]?["a"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            return value
        }
        return "hash:" + hash
    }
}

/// FNV-1a, 64 bits: enough to tell whether a member's record changed since its last version.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-" + String(bytes.count)
    }
}
