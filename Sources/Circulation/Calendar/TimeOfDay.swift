import PinakesCore

/// A wall-clock time in a library's day, minutes after midnight; written `"09:30"` (and `"24:00"` for midnight
/// at the end of the day).
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0 through 1440.
    public let minutes: Int

    /// 00:00, the start of a day.
    public static let startOfDay = TimeOfDay(checkedMinutes: 0)
    /// 24:00, the end of a day.
    public static let endOfDay = TimeOfDay(checkedMinutes: 1440)

    private init(checkedMinutes: Int) { minutes = checkedMinutes }

    /// A time from hours and minutes; nil when outside 00:00–24:00.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Reads `"HH:mm"`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw PinakesError.invalidInput("time '\(text)' is not valid: write HH:mm, 00:00 to 24:00")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
