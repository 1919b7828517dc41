import Foundation

/// A member's totals in one currency; currencies are never added together.
public struct StatementTotal: Sendable, Hashable, Codable {
    /// ISO 4217 code.
    public var currency: String
    /// Owed to the member for what it lent or copied.
    public var owedToMemberCents: Int
    /// Owed by the member for what it borrowed or received as copies.
    public var owedByMemberCents: Int

    /// Totals in `currency`, zero unless given.
    public init(currency: String, owedToMemberCents: Int = 0, owedByMemberCents: Int = 0) {
        self.currency = currency
        self.owedToMemberCents = owedToMemberCents
        self.owedByMemberCents = owedByMemberCents
    }

    /// The net position: positive when the member is owed money.
    public var netCents: Int { owedToMemberCents - owedByMemberCents }

    mutating func add(_ line: StatementLine) {
        if line.role == .lent { owedToMemberCents += line.amountCents } else { owedByMemberCents += line.amountCents }
    }
}
