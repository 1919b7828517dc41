/// Credentials a requesting agency may send in the header (ISO 18626 `requestingAgencyAuthentication`).
public struct RequestingAgencyAuthentication: Hashable, Sendable, Codable {
    /// `accountId`, the requester's account with the supplier.
    public var accountID: String?
    /// `securityCode`, a password or token agreed between the two agencies.
    public var securityCode: String?

    /// Creates credentials; either part may be left out.
    public init(accountID: String? = nil, securityCode: String? = nil) {
        self.accountID = accountID
        self.securityCode = securityCode
    }
}
