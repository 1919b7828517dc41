/// One harvest of one provider: what it fetched and stored, and the error it stopped on, if any.
public struct HarvestRun: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var sourceID: Int64?
    public var baseURL: String
    public var libraryCode: String
    /// The `from` the harvest asked for; nil for a full harvest.
    public var from: String?
    public var startedAt: Int64
    public var finishedAt: Int64?
    public var pages = 0
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var deleted = 0
    public var rejected = 0
    /// Deletions of records the catalogue did not have (counted, skipped).
    public var deletionsUnknown = 0
    /// The provider's `responseDate` of the first page.
    public var responseDate: String?
    /// `running`, `finished` or `failed`.
    public var status = "running"
    public var error: String?
    public var importRunID: Int64?
    /// Rejected records with their identifiers and notes, for the report (not stored).
    public var notes: [String] = []
    /// Seconds the harvest took (not stored).
    public var seconds = 0.0

    /// Records read from the provider.
    public var read: Int { new + updated + unchanged + deleted + rejected + deletionsUnknown }

    /// The one-line summary `pinakes harvest` prints.
    public var summary: String {
        "\(baseURL): pages \(pages), new \(new), updated \(updated), unchanged \(unchanged), deleted \(deleted), "
            + "rejected \(rejected)"
            + (deletionsUnknown > 0 ? ", deletions of unknown records skipped \(deletionsUnknown)" : "")
    }
}
