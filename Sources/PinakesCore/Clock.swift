import Foundation

/// The source of "now" for every rule that depends on time; tests fix it.
public struct Clock: Sendable {
    private let reading: @Sendable () -> Date

    public init(_ reading: @escaping @Sendable () -> Date) { self.reading = reading }

    /// The real time.
    public static let system = Clock { Date() }

    /// A clock stopped at `date`.
    public static func fixed(_ date: Date) -> Clock { Clock { date } }

    /// The current instant.
    public var now: Date { reading() }

    /// The current instant in whole seconds since 1970, as stored in the database.
    public var epochSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }
}
