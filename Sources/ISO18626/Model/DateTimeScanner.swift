import Foundation

/// A hand-written scanner for `yyyy-mm-ddThh:mm:ss(.s+)?(Z|±hh:mm)?`; Foundation's ISO 8601 formatter
/// rejects more than three fractional digits.
struct DateTimeScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The fields, or `nil` if the text is not a valid `xs:dateTime` (negative years included).
    mutating func scan() -> DateTimeFields? {
        guard let year = number(minDigits: 4, maxDigits: 9), year > 0, literal("-"),
            let month = number(digits: 2), literal("-"), let day = number(digits: 2), literal("T"),
            let hour = number(digits: 2), literal(":"), let minute = number(digits: 2), literal(":"),
            let second = number(digits: 2), let millisecond = fraction(), let offset = offsetMinutes(),
            index == bytes.count
        else { return nil }
        let fields = DateTimeFields(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            millisecond: millisecond, offsetMinutes: offset)
        return Self.inRange(fields) ? fields : nil
    }

    private static func inRange(_ fields: DateTimeFields) -> Bool {
        guard (1...12).contains(fields.month),
            (1...CivilCalendar.length(ofMonth: fields.month, year: fields.year)).contains(fields.day),
            (0...59).contains(fields.minute), (0...59).contains(fields.second)
        else { return false }
        let endOfDay = fields.hour == 24 && fields.minute == 0 && fields.second == 0 && fields.millisecond == 0
        return (0...23).contains(fields.hour) || endOfDay
    }

    private mutating func literal(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    private mutating func number(digits: Int) -> Int64? {
        number(minDigits: digits, maxDigits: digits)
    }

    private mutating func number(minDigits: Int, maxDigits: Int) -> Int64? {
        var value: Int64 = 0
        var count = 0
        while index < bytes.count, count < maxDigits, let digit = Self.digit(bytes[index]) {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        return count >= minDigits ? value : nil
    }

    /// Milliseconds from `.ddd…`, truncating digits past the third; zero when there is no fraction.
    private mutating func fraction() -> Int64? {
        guard literal(".") else { return 0 }
        var milliseconds: Int64 = 0
        var count = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            if count < 3 { milliseconds = milliseconds * 10 + digit }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 3) { milliseconds *= 10 }
        return milliseconds
    }

    private mutating func offsetMinutes() -> Int64? {
        if index == bytes.count { return 0 }
        if literal("Z") { return 0 }
        let sign: Int64
        if literal("+") {
            sign = 1
        } else if literal("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2), literal(":"), let minutes = number(digits: 2), minutes < 60,
            hours * 60 + minutes <= 14 * 60
        else { return nil }
        return sign * (hours * 60 + minutes)
    }

    private static func digit(_ byte: UInt8) -> Int64? {
        (48...57).contains(byte) ? Int64(byte - 48) : nil
    }
}
