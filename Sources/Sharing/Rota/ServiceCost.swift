import Foundation

/// What a lender charges for the requested service, in minor units (cents, 分) of an ISO 4217 currency.
public struct ServiceCost: Sendable, Hashable, Codable {
    /// Amount in hundredths of the currency unit.
    public var cents: Int
    /// ISO 4217 code such as `CNY`; costs in different currencies are never compared with each other.
    public var currency: String

    /// A cost of `cents` in `currency`.
    public init(cents: Int, currency: String) {
        self.cents = cents
        self.currency = currency
    }
}
