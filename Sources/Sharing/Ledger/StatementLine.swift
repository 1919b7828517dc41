import Foundation
import ISO18626

/// One ledger entry as it appears on a member's monthly statement.
public struct StatementLine: Sendable, Hashable, Codable {
    /// The ledger entry's id.
    public var entryID: Int64
    /// When it was booked.
    public var date: Date
    /// The local calendar date in the statement's time zone, `yyyy-MM-dd`.
    public var localDate: String
    /// The request (`requestingAgencyRequestId`).
    public var requestID: String
    /// The other agency.
    public var counterpart: AgencyID
    /// Whether the member lent or borrowed.
    public var role: StatementRole
    /// The service supplied.
    public var service: ServiceType
    /// What the amount is for.
    public var kind: LedgerChargeKind
    /// Amount in cents, as booked (never signed).
    public var amountCents: Int
    /// ISO 4217 code.
    public var currency: String
    /// Line text.
    public var description: String

    /// The amount from the member's side: positive when owed to it, negative when owed by it.
    public var signedCents: Int { role == .lent ? amountCents : -amountCents }
}
