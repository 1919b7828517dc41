/// What one import has seen so far: the summary it will report, control numbers met, unknown library codes
/// and skipped item fields, with the rules that turn them into notes.
struct ImportTally {
    var summary: ImportSummary
    var unknownCodes: [String: Int] = [:]
    private var seenIDs: [String: Int] = [:]
    private var skippedItemFields: [String: Int] = [:]

    init(file: String) { summary = ImportSummary(file: file) }

    /// The draft ready to store, or nil when the record is rejected (and counted as such).
    mutating func accept(_ draft: SourceRecordDraft) -> SourceRecordDraft? {
        summary.read += 1
        if let reason = draft.rejection {
            summary.rejected.append(.init(recordNumber: draft.recordNumber, reason: reason))
            return nil
        }
        var draft = draft
        // Two records with one 001 in one file: keep both, deterministically, so a re-run is a no-op.
        let occurrence = (seenIDs[draft.sourceID] ?? 0) + 1
        seenIDs[draft.sourceID] = occurrence
        if occurrence > 1 {
            summary.notes.append(
                "record \(draft.recordNumber): control number \(draft.sourceID) repeats in this file; "
                    + "stored as \(draft.sourceID)#\(occurrence)")
            draft.sourceID += "#\(occurrence)"
        }
        for skipped in draft.skippedItemFields { skippedItemFields[skipped, default: 0] += 1 }
        return draft
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
