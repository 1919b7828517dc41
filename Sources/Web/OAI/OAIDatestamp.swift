import Foundation

/// OAI-PMH datestamps (§3.3): UTC, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`; this repository stamps to the second.
struct OAIDatestamp: Sendable, Equatable {
    /// How finely a datestamp argument was given.
    enum Granularity: Sendable, Equatable {
        case day, second
    }

    /// Seconds since 1970: the start of the day for a day-granular `from`, its last second for `until`.
    var seconds: Int64
    var granularity: Granularity

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Reads a `from` or `until` argument; nil when it is not one of the two forms or not a real date and time.
    init?(argument text: String, endOfDay: Bool) {
        let bytes = Array(text.utf8)
        let digits: [Int] = [0, 1, 2, 3, 5, 6, 8, 9]
        func number(_ range: Range<Int>) -> Int? {
            range.allSatisfy { (0x30...0x39).contains(bytes[$0]) }
                ? Int(String(decoding: bytes[range], as: UTF8.self)) : nil
        }
        guard bytes.count == 10 || bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D,
            digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        granularity = .day
        if bytes.count == 20 {
            guard bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x5A,
                let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
            else { return nil }
            (components.hour, components.minute, components.second) = (hour, minute, second)
            granularity = .second
        }
        guard let date = Self.calendar.date(from: components),
            case let back = Self.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date),
            [back.year, back.month, back.day, back.hour, back.minute, back.second]
                == [
                    components.year, components.month, components.day, components.hour, components.minute,
                    components.second,
                ]
        else { return nil }
        seconds = Int64(date.timeIntervalSince1970)
        if granularity == .day && endOfDay { seconds += 86_399 }
    }

    /// `YYYY-MM-DDThh:mm:ssZ` for a stamp in seconds since 1970.
    static func text(_ seconds: Int64) -> String {
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : String(value)
        }
        let year = String(parts.year ?? 1970)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year
            + "-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }
}
