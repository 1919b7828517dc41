/// How the supplier is to be paid (ISO 18626 `billingInfo`).
public struct BillingInfo: Hashable, Sendable, Codable {
    /// `paymentMethod`, such as `IFLA Voucher` or `Account`.
    public var paymentMethod: SchemeValue?
    /// `maximumCosts`, the most the requester will pay.
    public var maximumCosts: Costs?
    /// `billingMethod`.
    public var billingMethod: SchemeValue?
    /// `billingName`.
    public var billingName: String?
    /// `address` for invoices.
    public var address: Address?

    /// Creates billing details; every part is optional.
    public init(
        paymentMethod: SchemeValue? = nil, maximumCosts: Costs? = nil, billingMethod: SchemeValue? = nil,
        billingName: String? = nil, address: Address? = nil
    ) {
        self.paymentMethod = paymentMethod
        self.maximumCosts = maximumCosts
        self.billingMethod = billingMethod
        self.billingName = billingName
        self.address = address
    }
}
