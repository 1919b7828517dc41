import Foundation
import PinakesCore

/// The calendar as staff write it: `{"timeZone": "Asia/Shanghai", "weeklyHours": {"monday": [{"opens": "09:00",
/// "closes": "17:00"}]}, "closures": [...], "exceptions": [...]}`. The zone is its tz name; Foundation's own
/// `TimeZone` coding (an object) is read too.
extension LibraryCalendar: Codable {
    private enum CodingKeys: String, CodingKey {
        case timeZone, weeklyHours, closures, exceptions
    }

    private struct ZoneObject: Decodable { var identifier: String }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name: String
        if let text = try? container.decode(String.self, forKey: .timeZone) {
            name = text
        } else {
            name = try container.decode(ZoneObject.self, forKey: .timeZone).identifier
        }
        guard let zone = TimeZone(identifier: name) else {
            throw PinakesError.invalidInput("calendar: time zone \(name) is not a tz name such as Asia/Shanghai")
        }
        self.init(
            timeZone: zone,
            weeklyHours: try container.decodeIfPresent([Weekday: [OpeningPeriod]].self, forKey: .weeklyHours) ?? [:],
            closures: try container.decodeIfPresent([Closure].self, forKey: .closures) ?? [],
            exceptions: try container.decodeIfPresent([HoursException].self, forKey: .exceptions) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeZone.identifier, forKey: .timeZone)
        try container.encode(weeklyHours, forKey: .weeklyHours)
        try container.encode(closures, forKey: .closures)
        try container.encode(exceptions, forKey: .exceptions)
    }
}
