import Foundation

/// What a ledger line charges for; the raw value is stored in `ill_ledger.kind`.
public enum LedgerChargeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The lender's fee for a loan.
    case loanFee
    /// The supplier's fee for a copy (document delivery), by the page.
    case copyFee
    /// Shipping the item, one way or both ways.
    case postage
}
