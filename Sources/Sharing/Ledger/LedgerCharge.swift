import Foundation

/// One amount a service costs, before it is booked in the ledger.
public struct LedgerCharge: Sendable, Hashable, Codable {
    /// What the amount is for.
    public var kind: LedgerChargeKind
    /// Amount in cents (hundredths of the currency unit), never negative.
    public var amountCents: Int
    /// ISO 4217 code.
    public var currency: String
    /// English line text (`Copy fee: 12 pages at 0.50`).
    public var description: String

    /// A charge.
    public init(kind: LedgerChargeKind, amountCents: Int, currency: String, description: String) {
        self.kind = kind
        self.amountCents = amountCents
        self.currency = currency
        self.description = description
    }
}
