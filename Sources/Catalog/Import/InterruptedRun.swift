import Foundation
import SQLKit

/// The latest run of one file into one library, read back to decide whether an import continues it.
struct InterruptedRun {
    var id: Int64
    var finished: Bool
    var format: String
    var owner: String?
    var input: ImportInput
    var checkpoint: ImportCheckpoint
    /// The run's counters so far: new, updated, unchanged, deleted and item counts.
    var counts: ImportSummary

    static let columns = """
        id, finished_at, format, owner, source, input_size, input_modified_at, input_hash, records_consumed,
        byte_offset, records_read, records_rejected, batches, records_new, records_updated, records_unchanged,
        records_deleted, items_new, items_updated
        """

    init(row: any SQLRow) throws {
        func int(_ column: String) throws -> Int { Int(try row.decode(column: column, as: Int64.self)) }
        id = try row.decode(column: "id", as: Int64.self)
        finished = try row.decode(column: "finished_at", as: Int64?.self) != nil
        format = try row.decode(column: "format", as: String.self)
        owner = try row.decode(column: "owner", as: String?.self)
        input = ImportInput(
            path: try row.decode(column: "source", as: String.self),
            size: try row.decode(column: "input_size", as: Int64.self),
            modifiedAt: try row.decode(column: "input_modified_at", as: Int64?.self) ?? 0,
            hash: try row.decode(column: "input_hash", as: String?.self) ?? "")
        checkpoint = ImportCheckpoint(
            recordsConsumed: try int("records_consumed"), byteOffset: try int("byte_offset"),
            read: try int("records_read"), rejected: try int("records_rejected"), batches: try int("batches"))
        counts = ImportSummary(file: input.path)
        counts.new = try int("records_new")
        counts.updated = try int("records_updated")
        counts.unchanged = try int("records_unchanged")
        counts.deleted = try int("records_deleted")
        counts.itemsNew = try int("items_new")
        counts.itemsUpdated = try int("items_updated")
    }

    /// Why this run cannot be continued by an import of `current` in `format`, or nil when it can.
    func mismatch(with current: ImportInput, format: String) -> String? {
        if current.size != input.size { return "the file's size changed from \(input.size) to \(current.size) bytes" }
        if current.hash != input.hash { return "the file's content changed" }
        if current.modifiedAt != input.modifiedAt { return "the file was modified since" }
        if format != self.format { return "it was read as \(self.format), now as \(format)" }
        return nil
    }

    /// `4,001`: counts in messages, grouped by thousands.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}
