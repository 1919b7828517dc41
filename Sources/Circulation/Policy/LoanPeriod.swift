import PinakesCore

/// How long a loan runs: whole days (due at closing time on an open day) or hours (course reserves);
/// written `{"days": 28}` or `{"hours": 4}`.
public enum LoanPeriod: Sendable, Hashable, Codable {
    case days(Int)
    case hours(Int)

    private enum Key: String, CodingKey {
        case days
        case hours
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if let days = try container.decodeIfPresent(Int.self, forKey: .days) {
            self = .days(days)
        } else if let hours = try container.decodeIfPresent(Int.self, forKey: .hours) {
            self = .hours(hours)
        } else {
            throw PinakesError.invalidInput("a loan period needs \"days\" or \"hours\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .days(let days): try container.encode(days, forKey: .days)
        case .hours(let hours): try container.encode(hours, forKey: .hours)
        }
    }
}
