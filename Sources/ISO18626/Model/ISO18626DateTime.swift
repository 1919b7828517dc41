import Foundation

/// Reads and writes `xs:dateTime` as ISO 18626 peers send it.
///
/// Reading accepts any number of fractional digits (crosslink sends nine) and `Z`, `±hh:mm` or no offset
/// (no offset is read as UTC); the time is kept to whole milliseconds, truncating further digits, which is the
/// precision Pinakes stores and writes. Writing gives UTC with exactly three fractional digits and `Z`
/// (`2024-12-12T20:12:00.629Z`), rounding to the nearest millisecond. So a read → write → read round trip
/// gives the same `Date`.
public enum ISO18626DateTime {
    /// The time a lexical `xs:dateTime` denotes, or `nil` if the text is not one.
    public static func date(from text: String) -> Date? {
        var scanner = DateTimeScanner(Array(text.utf8))
        guard let fields = scanner.scan() else { return nil }
        return fields.date
    }

    /// The lexical form the writer sends: UTC, milliseconds, `Z`.
    public static func string(from date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, millisecond) = floorDivision(milliseconds, 1000)
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        let time = (hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2) + "T" + padded(time.hour, 2) + ":"
            + padded(time.minute, 2) + ":" + padded(time.second, 2) + "." + padded(millisecond, 3) + "Z"
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
