/// An OAI-PMH provider a member library harvests into its catalogue: base URL, set and metadata format, and
/// how often (`intervalHours`, 0 for by hand only).
public struct HarvestSource: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var libraryID: Int64
    public var libraryCode: String
    public var baseURL: String
    /// The `set` argument; empty for the whole repository.
    public var setSpec: String
    public var metadataPrefix: MetadataPrefix
    public var intervalHours: Int
    public var enabled: Bool
    /// The `responseDate` of the last complete harvest: the next harvest's `from`.
    public var lastFrom: String?
    /// `never`, `running`, `finished` or `failed`.
    public var lastStatus: String
    /// When it last ran (epoch seconds).
    public var lastRunAt: Int64?

    /// Whether a scheduled harvest is due at `now` (epoch seconds).
    public func isDue(at now: Int64) -> Bool {
        guard enabled, intervalHours > 0, lastStatus != "running" else { return false }
        guard let lastRunAt else { return true }
        return now - lastRunAt >= Int64(intervalHours) * 3_600
    }
}

/// What a new or edited source says.
public struct HarvestSourceDraft: Sendable, Hashable {
    public var libraryCode: String
    public var baseURL: String
    public var setSpec: String
    public var metadataPrefix: MetadataPrefix
    public var intervalHours: Int
    public var enabled: Bool

    public init(
        libraryCode: String, baseURL: String, setSpec: String = "", metadataPrefix: MetadataPrefix = .marc21,
        intervalHours: Int = 0, enabled: Bool = true
    ) {
        self.libraryCode = libraryCode
        self.baseURL = baseURL
        self.setSpec = setSpec
        self.metadataPrefix = metadataPrefix
        self.intervalHours = intervalHours
        self.enabled = enabled
    }
}
