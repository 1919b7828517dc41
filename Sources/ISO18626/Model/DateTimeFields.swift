import Foundation

/// The fields of one lexical `xs:dateTime`, checked for range.
struct DateTimeFields {
    var year: Int64
    var month: Int64
    var day: Int64
    var hour: Int64
    var minute: Int64
    var second: Int64
    var millisecond: Int64
    var offsetMinutes: Int64

    /// The instant, with `24:00:00` meaning midnight at the end of the day as XML Schema says.
    var date: Date {
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
        return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1000)
    }
}
