import Metrics

/// What imports stored, for `/metrics`: `pinakes_import_records_total{outcome}` (read, new, updated, unchanged,
/// deleted, rejected), `pinakes_import_items_total{outcome}` (new, updated, rejected) and
/// `pinakes_import_runs_total`. Counted when a run finishes, so only batches that committed are counted.
enum ImportMetrics {
    static let records = "pinakes_import_records_total"
    static let items = "pinakes_import_items_total"
    static let runs = "pinakes_import_runs_total"

    /// Counts a finished run's summary.
    static func record(_ summary: ImportSummary) {
        let recordCounts = [
            ("read", summary.read), ("new", summary.new), ("updated", summary.updated),
            ("unchanged", summary.unchanged), ("deleted", summary.deleted), ("rejected", summary.rejected.count),
        ]
        for (outcome, count) in recordCounts {
            Counter(label: records, dimensions: [("outcome", outcome)]).increment(by: count)
        }
        let itemCounts = [
            ("new", summary.itemsNew), ("updated", summary.itemsUpdated), ("rejected", summary.itemsRejected.count),
        ]
        for (outcome, count) in itemCounts {
            Counter(label: items, dimensions: [("outcome", outcome)]).increment(by: count)
        }
        Counter(label: runs).increment()
    }
}
