/// What an import did, for the end-of-run report and the `bib_import_run` row.
public struct ImportSummary: Sendable, Codable {
    /// A record or item that was not stored, and why.
    public struct Rejection: Sendable, Codable, Hashable, CustomStringConvertible {
        public var recordNumber: Int
        public var reason: String
        public var description: String { "record \(recordNumber): \(reason)" }
    }

    public var file: String
    public var runID: Int64 = 0
    /// Where this import took over an interrupted run of the same file; nil when it started a new run.
    public var resumedFrom: ImportCheckpoint?
    public var read = 0
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var deleted = 0
    public var rejected: [Rejection] = []
    public var itemsNew = 0
    public var itemsUpdated = 0
    public var itemsRejected: [Rejection] = []
    /// Notes about the file as a whole (unknown library codes, items without barcodes, …).
    public var notes: [String] = []
    /// Reader diagnostics: problems repaired or records skipped, with record number and byte offset.
    public var diagnostics: [String] = []

    public init(file: String) { self.file = file }

    /// One line per count, as printed at the end of `pinakes import`.
    public var report: String {
        var lines = [
            "\(file): read \(read), new \(new), updated \(updated), unchanged \(unchanged), deleted \(deleted), "
                + "rejected \(rejected.count); items new \(itemsNew), updated \(itemsUpdated), "
                + "rejected \(itemsRejected.count)"
        ]
        lines += rejected.prefix(50).map { "  rejected \($0)" }
        if rejected.count > 50 { lines.append("  … and \(rejected.count - 50) more rejected records") }
        lines += itemsRejected.prefix(50).map { "  item rejected, \($0)" }
        if itemsRejected.count > 50 { lines.append("  … and \(itemsRejected.count - 50) more rejected items") }
        lines += notes.map { "  note: \($0)" }
        lines += diagnostics.prefix(50).map { "  \($0)" }
        if diagnostics.count > 50 { lines.append("  … and \(diagnostics.count - 50) more diagnostics") }
        return lines.joined(separator: "\n")
    }
}
