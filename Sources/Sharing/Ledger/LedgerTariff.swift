import Foundation
import ISO18626

/// What a lender charges, as data kept in its directory entry: a fee per loan, a fee per copied page with a
/// minimum, and postage per loan shipment charged one way or both ways. Amounts are in cents of `currency`.
public struct LedgerTariff: Sendable, Hashable, Codable {
    /// ISO 4217 code all amounts are in.
    public var currency: String
    /// Fee for one loan.
    public var loanFeeCents: Int
    /// Fee per page of a copy.
    public var copyFeePerPageCents: Int
    /// Least a copy costs, whatever its pages.
    public var minimumCopyFeeCents: Int
    /// Postage for one shipment of a loan.
    public var postageCentsPerShipment: Int
    /// Whether the return shipment is charged too (otherwise the borrower pays its own return postage).
    public var postageBothWays: Bool

    /// A tariff; the default charges nothing, as reciprocal consortia do.
    public init(
        currency: String = "CNY", loanFeeCents: Int = 0, copyFeePerPageCents: Int = 0, minimumCopyFeeCents: Int = 0,
        postageCentsPerShipment: Int = 0, postageBothWays: Bool = false
    ) {
        self.currency = currency
        self.loanFeeCents = loanFeeCents
        self.copyFeePerPageCents = copyFeePerPageCents
        self.minimumCopyFeeCents = minimumCopyFeeCents
        self.postageCentsPerShipment = postageCentsPerShipment
        self.postageBothWays = postageBothWays
    }

    enum CodingKeys: String, CodingKey {
        case currency, loanFeeCents, copyFeePerPageCents, minimumCopyFeeCents, postageCentsPerShipment
        case postageBothWays
    }

    /// Reads a tariff; amounts left out are zero and the currency defaults to CNY.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            currency: try c.decodeIfPresent(String.self, forKey: .currency) ?? "CNY",
            loanFeeCents: try c.decodeIfPresent(Int.self, forKey: .loanFeeCents) ?? 0,
            copyFeePerPageCents: try c.decodeIfPresent(Int.self, forKey: .copyFeePerPageCents) ?? 0,
            minimumCopyFeeCents: try c.decodeIfPresent(Int.self, forKey: .minimumCopyFeeCents) ?? 0,
            postageCentsPerShipment: try c.decodeIfPresent(Int.self, forKey: .postageCentsPerShipment) ?? 0,
            postageBothWays: try c.decodeIfPresent(Bool.self, forKey: .postageBothWays) ?? false)
    }
}
