/// What one import has seen so far: the summary it will report, control numbers met, unknown library codes
/// and skipped item fields, with the rules that turn them into notes.
struct ImportTally {
    var summary: ImportSummary
    var unknownCodes: [String: Int] = [:]
    private var seenIDs: [String: Int] = [:]
    private var skippedItemFields: [String: Int] = [:]
    /// What was read since the last batch was handed on, for that batch's ledger entry.
    private var pending = ImportLedgerEntry()

    init(file: String) { summary = ImportSummary(file: file) }

    /// The draft ready to store, or nil when the record is rejected (and counted as such).
    mutating func accept(_ draft: SourceRecordDraft) -> SourceRecordDraft? {
        summary.read += 1
        if let reason = draft.rejection {
            let rejection = ImportSummary.Rejection(recordNumber: draft.recordNumber, reason: reason)
            summary.rejected.append(rejection)
            pending.rejected.append(rejection)
            return nil
        }
        var draft = draft
        pending.sourceIDs.append(draft.sourceID)
        // Two records with one 001 in one file: keep both, deterministically, so a re-run is a no-op.
        let occurrence = (seenIDs[draft.sourceID] ?? 0) + 1
        seenIDs[draft.sourceID] = occurrence
        if occurrence > 1 {
            let note =
                "record \(draft.recordNumber): control number \(draft.sourceID) repeats in this file; "
                + "stored as \(draft.sourceID)#\(occurrence)"
            summary.notes.append(note)
            pending.notes.append(note)
            draft.sourceID += "#\(occurrence)"
        }
        for skipped in draft.skippedItemFields {
            skippedItemFields[skipped, default: 0] += 1
            pending.skippedItemFields[skipped, default: 0] += 1
        }
        return draft
    }

    /// The checkpoint after the records read so far, with what they leave for the ledger; starts a new entry.
    mutating func checkpoint(consumed: Int, byteOffset: Int, batches: Int) -> BatchCheckpoint {
        defer { pending = ImportLedgerEntry() }
        return BatchCheckpoint(
            position: ImportCheckpoint(
                recordsConsumed: consumed, byteOffset: byteOffset, read: summary.read,
                rejected: summary.rejected.count, batches: batches),
            ledger: pending)
    }

    /// Takes in a batch an earlier, interrupted process of this run committed, as if it had been read here.
    mutating func replay(_ entry: ImportLedgerEntry) {
        for sourceID in entry.sourceIDs { seenIDs[sourceID, default: 0] += 1 }
        summary.rejected += entry.rejected
        summary.itemsRejected += entry.itemsRejected
        summary.notes += entry.notes
        for (what, count) in entry.skippedItemFields { skippedItemFields[what, default: 0] += count }
        for (code, count) in entry.unknownCodes { unknownCodes[code, default: 0] += count }
    }

    /// Adds the file-wide notes once the last batch is stored.
    mutating func finish(libraryCode: String, diagnostics: [String]) {
        summary.diagnostics = diagnostics
        for (code, count) in unknownCodes.sorted(by: { $0.key < $1.key }) {
            summary.notes.append(
                "\(count) items name library '\(code)', which is not \(libraryCode) or below it; "
                    + "they were given to \(libraryCode)")
        }
        for (what, count) in skippedItemFields.sorted(by: { $0.key < $1.key }) {
            summary.notes.append("\(count) item fields skipped: \(what)")
        }
    }
}
