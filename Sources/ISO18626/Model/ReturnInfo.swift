/// Where a loan is to be returned (ISO 18626 `returnInfo`).
public struct ReturnInfo: Hashable, Sendable, Codable {
    /// `returnAgencyId`, if the item goes back to another agency than the supplier.
    public var returnAgencyID: AgencyID?
    /// `name`.
    public var name: String?
    /// `physicalAddress`.
    public var physicalAddress: PhysicalAddress?

    /// Creates return details; every part is optional.
    public init(returnAgencyID: AgencyID? = nil, name: String? = nil, physicalAddress: PhysicalAddress? = nil) {
        self.returnAgencyID = returnAgencyID
        self.name = name
        self.physicalAddress = physicalAddress
    }
}
