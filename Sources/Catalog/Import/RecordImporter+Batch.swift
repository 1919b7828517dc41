import Consortium
import Foundation
import PinakesCore
import SQLKit

extension RecordImporter {
    struct StoredRecord {
        var id: Int64
        var hash: String
        var version: Int64
        var deleted: Bool
        var clusterID: Int64?
        /// A librarian split or merged this record by hand; imports never move it.
        var pinned: Bool
    }

    /// What one stored batch adds to the import's tally.
    struct BatchResult: Sendable {
        var delta: ImportSummary
        var unknownCodes: [String: Int]

        func add(to tally: inout ImportTally) {
            tally.summary.new += delta.new
            tally.summary.updated += delta.updated
            tally.summary.unchanged += delta.unchanged
            tally.summary.deleted += delta.deleted
            tally.summary.itemsNew += delta.itemsNew
            tally.summary.itemsUpdated += delta.itemsUpdated
            tally.summary.itemsRejected += delta.itemsRejected
            tally.summary.notes += delta.notes
            for (code, count) in unknownCodes { tally.unknownCodes[code, default: 0] += count }
        }
    }

    /// A batch whose new and changed records are described, outside any transaction and on all cores, so the
    /// import can describe one batch while it writes the one before.
    func prepare(_ batch: [SourceRecordDraft], library: Library) async throws -> [SourceRecordDraft] {
        let known = try await database.withConnection { sql in
            try await existingRecords(batch.map(\.sourceID), library: library, sql: sql)
        }
        return await Self.describeChanged(batch, known: known)
    }

    /// Stores one batch of drafts, their clusters and their items in one transaction, with its audit row and,
    /// for a file import, the run's checkpoint. Records described by `prepare` are not described again; any
    /// other new or changed one is, here.
    func store(
        _ batch: [SourceRecordDraft], library: Library, itemLibraries: [String: Identifier<Library>], runID: Int64,
        actor: String, checkpoint: BatchCheckpoint? = nil
    ) async throws -> BatchResult {
        let now = clock.epochSeconds
        let (delta, unknown) = try await database.transaction { sql in
            var delta = ImportSummary(file: "")
            var unknown: [String: Int] = [:]
            let existing = try await existingRecords(batch.map(\.sourceID), library: library, sql: sql)
            var recordIDs: [String: Int64] = [:]
            var fresh: [SourceRecordDraft] = []
            var changed: [(stored: StoredRecord, draft: SourceRecordDraft)] = []
            for draft in batch {
                guard let stored = existing[draft.sourceID] else {
                    if draft.deleted {
                        delta.notes.append(
                            "record \(draft.recordNumber): \(draft.sourceID) is marked deleted but was never stored")
                    } else {
                        fresh.append(draft)
                    }
                    continue
                }
                recordIDs[draft.sourceID] = stored.id
                if stored.hash == draft.contentHash && stored.deleted == draft.deleted {
                    delta.unchanged += 1
                } else {
                    changed.append((stored, draft))
                }
            }
            fresh = fresh.map { $0.isDescribed ? $0 : $0.described() }
            changed = changed.map { (stored: $0.stored, draft: $0.draft.isDescribed ? $0.draft : $0.draft.described()) }
            let clusters = try await placeInClusters(fresh: fresh, changed: changed, now: now, sql: sql)
            for (stored, draft) in changed {
                try await replace(
                    stored, with: draft, clusterID: clusters.placed[draft.sourceID] ?? stored.clusterID, runID: runID,
                    now: now, sql: sql)
                if draft.deleted { delta.deleted += 1 } else { delta.updated += 1 }
            }
            let inserted = try await insert(
                fresh, clusters: clusters.placed, library: library, runID: runID, now: now, sql: sql)
            for (sourceID, id) in inserted { recordIDs[sourceID] = id }
            delta.new = fresh.count
            try await ClusterMaintenance.writeKeys(
                changed.map { (id: $0.stored.id, points: $0.draft.deleted ? nil : $0.draft.points) }, replacing: true,
                sql: sql)
            try await ClusterMaintenance.writeKeys(
                fresh.compactMap { draft in recordIDs[draft.sourceID].map { (id: $0, points: draft.points) } },
                replacing: false, sql: sql)
            try await SearchIndexWriter(backend: database.backend, sql: sql).write(
                changed.map { (id: $0.stored.id, document: $0.draft.facts?.document) }
                    + fresh.compactMap { draft in
                        recordIDs[draft.sourceID].map { (id: $0, document: draft.facts?.document) }
                    },
                replacing: !changed.isEmpty)
            try await ClusterMaintenance.refresh(clusters.touched, now: now, sql: sql)
            let itemBatch = batch.filter { !$0.deleted }
            try await storeItems(
                itemBatch, recordIDs: recordIDs, library: library, itemLibraries: itemLibraries, now: now,
                sql: sql, delta: &delta, unknownCodes: &unknown)
            var holdingClusters = clusters.touched
            for draft in itemBatch where !draft.items.isEmpty {
                if let cluster = clusters.placed[draft.sourceID] ?? existing[draft.sourceID]?.clusterID {
                    holdingClusters.insert(cluster)
                }
            }
            try await ClusterMaintenance.refreshHoldings(holdingClusters, sql: sql)
            try await updateRun(runID, adding: delta, sql: sql)
            if let checkpoint {
                try await writeCheckpoint(
                    checkpoint, runID: runID, delta: delta, unknownCodes: unknown, now: now, sql: sql)
            }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "catalog.import", entity: "import_run",
                entityID: String(runID),
                detail: "new \(delta.new), updated \(delta.updated), deleted \(delta.deleted), "
                    + "items new \(delta.itemsNew), updated \(delta.itemsUpdated)")
            return (delta, unknown)
        }
        return BatchResult(delta: delta, unknownCodes: unknown)
    }

    /// The batch with every record that is new or differs from its stored version described, in parallel
    /// slices. The transaction checks again and describes any record that changed in between.
    static func describeChanged(_ batch: [SourceRecordDraft], known: [String: StoredRecord]) async
        -> [SourceRecordDraft]
    {
        let needed = batch.indices.filter { index in
            let draft = batch[index]
            guard !draft.deleted else { return false }
            guard let stored = known[draft.sourceID] else { return true }
            return stored.hash != draft.contentHash || stored.deleted
        }
        guard !needed.isEmpty else { return batch }
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, needed.count / 50))
        var described = batch
        await withTaskGroup(of: [(Int, SourceRecordDraft)].self) { group in
            for slice in 0..<slices {
                let indexes = stride(from: slice, to: needed.count, by: slices).map { needed[$0] }
                let drafts = indexes.map { batch[$0] }
                group.addTask { Array(zip(indexes, drafts.map { $0.described() })) }
            }
            for await results in group {
                for (index, draft) in results { described[index] = draft }
            }
        }
        return described
    }
}
