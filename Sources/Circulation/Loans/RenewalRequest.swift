/// Everything a renewal decides on.
public struct RenewalRequest: Sendable, Hashable {
    public var at: Int64
    public var reader: ReaderStanding
    /// Whether another reader has a hold this copy could fill (a title-level hold, or one on this copy).
    public var anotherReaderWaiting: Bool
    /// The lending library's calendar.
    public var calendar: LibraryCalendar

    public init(at: Int64, reader: ReaderStanding, anotherReaderWaiting: Bool, calendar: LibraryCalendar) {
        self.at = at
        self.reader = reader
        self.anotherReaderWaiting = anotherReaderWaiting
        self.calendar = calendar
    }
}
