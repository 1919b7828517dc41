import Foundation

/// Why a statement cannot be made.
public enum StatementError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The month is not 1…12, or the year is out of the calendar's range.
    case invalidMonth(year: Int, month: Int)

    /// English text.
    public var description: String {
        switch self {
        case .invalidMonth(let year, let month): return "\(year)-\(month) is not a calendar month (month must be 1…12)"
        }
    }
}
