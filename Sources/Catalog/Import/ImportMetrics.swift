import Metrics

/// What imports stored, for `/metrics`: `pinakes_import_records_total{outcome}` (read, new, updated, unchanged,
/// deleted, rejected), `pinakes_import_items_total{outcome}` (new, updated, rejected) and
/// `pinakes_import_runs_total`. A file's import is counted when its run finishes, a harvest page once it has
/// committed (a harvest run when it ends), so only what was stored is counted.
enum ImportMetrics {
    static let records = "pinakes_import_records_total"
    static let items = "pinakes_import_items_total"
    static let runs = "pinakes_import_runs_total"

    /// Counts a finished run's summary.
    static func record(_ summary: ImportSummary) {
        add(
            records,
            [
                ("read", summary.read), ("new", summary.new), ("updated", summary.updated),
                ("unchanged", summary.unchanged), ("deleted", summary.deleted), ("rejected", summary.rejected.count),
            ])
        add(
            items,
            [("new", summary.itemsNew), ("updated", summary.itemsUpdated), ("rejected", summary.itemsRejected.count)])
        runEnded()
    }

    /// Counts one committed harvest page of `read` records (harvests bring no items).
    static func harvested(read: Int, _ page: HarvestedBatchResult) {
        add(
            records,
            [
                ("read", read), ("new", page.new), ("updated", page.updated), ("unchanged", page.unchanged),
                ("deleted", page.deleted), ("rejected", page.rejected.count),
            ])
    }

    /// Counts a run that has ended.
    static func runEnded() { Counter(label: runs).increment() }

    private static func add(_ label: String, _ counts: [(outcome: String, count: Int)]) {
        for (outcome, count) in counts {
            Counter(label: label, dimensions: [("outcome", outcome)]).increment(by: count)
        }
    }
}
