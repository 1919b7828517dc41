/// Days a library is closed whatever the weekly hours say: a public holiday (Spring Festival, National Day),
/// a stocktaking week, a move.
public struct Closure: Sendable, Hashable, Codable {
    /// Why the doors are shut, shown to readers ("春节 Spring Festival").
    public var name: String
    public var from: LocalDate
    /// The last closed day, inclusive.
    public var through: LocalDate

    public init(name: String, from: LocalDate, through: LocalDate) {
        self.name = name
        self.from = from
        self.through = through
    }

    /// Whether `date` is one of the closed days.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= through }
}
