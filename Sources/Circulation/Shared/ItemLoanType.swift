import Foundation

/// An item type as the holdings give it (`book`, `periodical`, `reference`, `av`, …); libraries define their
/// own, so it is an open set of lower-case names rather than an enum.
public struct ItemLoanType: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    /// The type named `rawValue`, trimmed and lower-cased so `Book` in one member's export matches `book`.
    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingCharacters(in: .whitespaces).lowercased()
    }

    public init(_ name: String) { self.init(rawValue: name) }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: ItemLoanType, rhs: ItemLoanType) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let book: ItemLoanType = "book"
    public static let periodical: ItemLoanType = "periodical"
    public static let reference: ItemLoanType = "reference"
    public static let audiovisual: ItemLoanType = "av"
}
