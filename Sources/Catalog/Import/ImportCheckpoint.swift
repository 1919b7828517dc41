/// How far an import run got: written in the transaction of each batch it stores, so after a crash it is
/// exactly what the database holds, and a resumed run continues from it.
public struct ImportCheckpoint: Sendable, Codable, Equatable {
    /// Records consumed from the input, stored or rejected (MARCXML also counts records it could not parse).
    public var recordsConsumed: Int
    /// The byte just past the last consumed record: where an ISO 2709 reader resumes.
    public var byteOffset: Int
    /// Records read (the run's `records_read`).
    public var read: Int
    /// Records rejected so far.
    public var rejected: Int
    /// Batches committed.
    public var batches: Int
}

/// What one committed batch leaves for the rest of its run: the control numbers met (so a repeat after a resume
/// is still told apart), rejections and notes for the final report. Kept in `bib_import_ledger` until the run ends.
struct ImportLedgerEntry: Sendable, Codable {
    /// Control numbers of the accepted records, before any `#n` suffix, in input order.
    var sourceIDs: [String] = []
    var rejected: [ImportSummary.Rejection] = []
    var itemsRejected: [ImportSummary.Rejection] = []
    var notes: [String] = []
    var skippedItemFields: [String: Int] = [:]
    var unknownCodes: [String: Int] = [:]
}

/// A batch's checkpoint and ledger entry, handed to the transaction that stores the batch.
struct BatchCheckpoint: Sendable {
    var position: ImportCheckpoint
    var ledger: ImportLedgerEntry
}
