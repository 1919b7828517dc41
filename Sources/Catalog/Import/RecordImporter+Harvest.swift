import Consortium
import Foundation
import MARC
import PinakesCore
import SQLKit

/// A record that came from a harvest (OAI-PMH), already parsed: its identity at the provider and the record,
/// or nil when the provider reports it deleted (OAI-PMH 2.0 §2.5.1, `status="deleted"`).
public struct HarvestedRecord: Sendable {
    /// The provider's identifier (the OAI `identifier`), kept as the source id so a re-harvest updates in place.
    public var sourceID: String
    /// The record, or nil for a deletion.
    public var record: Record?

    public init(sourceID: String, record: Record?) {
        self.sourceID = sourceID
        self.record = record
    }
}

/// What storing one harvested page did.
public struct HarvestedBatchResult: Sendable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var deleted = 0
    /// Deletions of records the catalogue never had: counted and skipped.
    public var deletedUnknown = 0
    public var rejected: [ImportSummary.Rejection] = []
    public var notes: [String] = []
}

extension RecordImporter {
    /// Opens a `bib_import_run` for a harvest of `source` into `libraryCode`, returning the run and the library.
    public func startHarvestRun(libraryCode: String, source: String, format: String, actor: String) async throws
        -> (runID: Int64, library: Library)
    {
        let library = try await LibraryDirectory(database: database, clock: clock).require(code: libraryCode)
        let runID = try await startRun(library: library, source: source, format: format, actor: actor)
        return (runID, library)
    }

    /// Stores one harvested page in one transaction through the import's batch path: new records are clustered
    /// and indexed, changed ones become new versions, deletions keep the old version and mark the record deleted.
    public func importHarvested(
        _ records: [HarvestedRecord], library: Library, runID: Int64, firstNumber: Int, actor: String
    ) async throws -> HarvestedBatchResult {
        var result = HarvestedBatchResult()
        var drafts: [SourceRecordDraft] = []
        var seen: Set<String> = []
        for (offset, harvested) in records.enumerated() {
            let number = firstNumber + offset
            guard seen.insert(harvested.sourceID).inserted else {
                result.notes.append("record \(number): \(harvested.sourceID) repeats on this page; the first is kept")
                continue
            }
            var draft = SourceRecordDraft.make(
                harvested.record ?? Self.tombstone(harvested.sourceID), number: number, profiles: [])
            if harvested.record == nil { draft.deleted = true }
            if let reason = draft.rejection {
                result.rejected.append(.init(recordNumber: number, reason: "\(harvested.sourceID): \(reason)"))
                continue
            }
            draft.sourceID = harvested.sourceID
            drafts.append(draft)
        }
        guard !drafts.isEmpty else {
            ImportMetrics.harvested(read: records.count, result)
            return result
        }
        let prepared = try await prepare(drafts, library: library)
        let stored = try await store(prepared, library: library, itemLibraries: [:], runID: runID, actor: actor)
        let unknownDeletions = stored.delta.notes.filter { $0.contains("is marked deleted but was never stored") }
        result.new = stored.delta.new
        result.updated = stored.delta.updated
        result.unchanged = stored.delta.unchanged
        result.deleted = stored.delta.deleted
        result.deletedUnknown = unknownDeletions.count
        result.notes += stored.delta.notes.filter { !$0.contains("is marked deleted but was never stored") }
        ImportMetrics.harvested(read: records.count, result)  // the page has committed
        return result
    }

    /// Closes a harvest's import run with its totals; `failed` when the harvest stopped on an error.
    public func finishHarvestRun(_ runID: Int64, read: Int, rejected: Int, failed: Bool) async throws {
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.update("bib_import_run")
                .set("finished_at", to: SQLBind(now))
                .set("records_read", to: SQLBind(Int64(read)))
                .set("records_rejected", to: SQLBind(Int64(rejected)))
                .set("status", to: SQLBind(failed ? "failed" : "finished"))
                .where("id", .equal, SQLBind(runID))
                .run()
        }
        ImportMetrics.runEnded()
    }

    /// The version stored for a deleted record: leader/05 `d` and the identifier in 001, so deleting twice is
    /// unchanged the second time (the record as it was stays in `bib_source_version`).
    static func tombstone(_ sourceID: String) -> Record {
        var leader = Leader.blank
        leader.recordStatus = "d"
        return Record(leader: leader, fields: [Field(tag: "001", value: sourceID)])
    }
}
