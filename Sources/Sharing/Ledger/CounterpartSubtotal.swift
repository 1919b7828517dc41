import Foundation
import ISO18626

/// A member's totals with one counterpart in one currency.
public struct CounterpartSubtotal: Sendable, Hashable, Codable {
    /// The other agency.
    public var counterpart: AgencyID
    /// ISO 4217 code.
    public var currency: String
    /// Owed to the member by the counterpart.
    public var owedToMemberCents: Int
    /// Owed by the member to the counterpart.
    public var owedByMemberCents: Int
    /// Lines counted.
    public var lineCount: Int

    /// Subtotals with `counterpart` in `currency`, zero unless given.
    public init(
        counterpart: AgencyID, currency: String, owedToMemberCents: Int = 0, owedByMemberCents: Int = 0,
        lineCount: Int = 0
    ) {
        self.counterpart = counterpart
        self.currency = currency
        self.owedToMemberCents = owedToMemberCents
        self.owedByMemberCents = owedByMemberCents
        self.lineCount = lineCount
    }

    /// Net with this counterpart: positive when the counterpart owes the member.
    public var netCents: Int { owedToMemberCents - owedByMemberCents }

    mutating func add(_ line: StatementLine) {
        if line.role == .lent { owedToMemberCents += line.amountCents } else { owedByMemberCents += line.amountCents }
        lineCount += 1
    }
}
