/// Which entries of the feed a harvest asks for: a datestamp range (both ends inclusive, seconds) and a set.
public struct FeedSelection: Sendable, Hashable {
    /// Entries changed at or after this second; nil for all.
    public var from: Int64?
    /// Entries changed at or before this second.
    public var until: Int64
    /// Only this set's entries; nil for all.
    public var set: FeedSet?

    public init(from: Int64? = nil, until: Int64, set: FeedSet? = nil) {
        self.from = from
        self.until = until
        self.set = set
    }
}
