import Foundation

/// An amount of money in a currency (ISO 18626 `type_costs`, used by maximumCosts, offeredCosts and deliveryCosts).
public struct Costs: Hashable, Sendable, Codable {
    /// The ISO 4217 code, such as `CNY` or `EUR`.
    public var currencyCode: String
    /// The amount (`xs:decimal`), kept exactly as sent.
    public var monetaryValue: Decimal

    /// Creates an amount from a decimal value.
    public init(currencyCode: String, monetaryValue: Decimal) {
        self.currencyCode = currencyCode
        self.monetaryValue = monetaryValue
    }

    /// Creates an amount from a whole number of hundredths (cents, fen), the unit the ledger counts in.
    public init(currencyCode: String, cents: Int) {
        self.init(currencyCode: currencyCode, monetaryValue: Decimal(cents) / 100)
    }

    /// The amount in hundredths, rounded half away from zero (`12.345` gives `1235`).
    ///
    /// Amounts beyond the range of `Int` are clamped by Foundation's conversion.
    public var cents: Int {
        var hundredths = monetaryValue * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &hundredths, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
