import Foundation

/// A SIP2 date and time, `YYYYMMDDZZZZHHMMSS` (18 characters).
///
/// The four-character zone ZZZZ is blank for the ACS's local time and ends in `Z` for UTC; other letters
/// (military zones) are kept as received and read as local time.
public struct SIP2Timestamp: Sendable, Equatable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The four zone characters as on the wire: `"    "` local, `"   Z"` UTC.
    public var zone: String
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// Length of the field on the wire.
    public static let length = 18

    public init(year: Int, month: Int, day: Int, zone: String = "    ", hour: Int, minute: Int, second: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.zone = zone
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock time of `date` in `timeZone`, marked local (blank zone) or, for UTC, with `Z`.
    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.init(
            year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1,
            zone: timeZone.secondsFromGMT(for: date) == 0 && timeZone.identifier.contains("UTC") ? "   Z" : "    ",
            hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
    }

    /// Parses the 18 characters; `nil` when they are not a valid date.
    public init?(parsing text: some StringProtocol) {
        let chars = Array(text.utf8)
        guard chars.count == Self.length else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in chars[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(12..<14), let minute = number(14..<16), let second = number(16..<18),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let zone = String(decoding: chars[8..<12], as: UTF8.self)
        self.init(year: year, month: month, day: day, zone: zone, hour: hour, minute: minute, second: second)
    }

    /// Whether the zone marks universal time.
    public var isUTC: Bool { zone.hasSuffix("Z") }

    /// The instant, reading a local timestamp in `localTimeZone`.
    public func date(localTimeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = isUTC ? TimeZone(identifier: "UTC") ?? localTimeZone : localTimeZone
        return calendar.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    /// The 18 characters as on the wire.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let zone4 = zone.count == 4 ? zone : "    "
        return pad(year, 4) + pad(month, 2) + pad(day, 2) + zone4 + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
    }
}
