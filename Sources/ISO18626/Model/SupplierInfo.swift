/// A candidate supplier named by the requester, with its holdings (ISO 18626 `supplierInfo`).
public struct SupplierInfo: Hashable, Sendable, Codable {
    /// `sortOrder`, the rota position.
    public var sortOrder: Int?
    /// `supplierCode`, the supplier's agency id.
    public var supplierCode: AgencyID?
    /// `supplierDescription`.
    public var supplierDescription: String?
    /// `bibliographicRecordId`, the record in the supplier's catalogue.
    public var bibliographicRecordID: BibliographicRecordID?
    /// `callNumber`.
    public var callNumber: String?
    /// `summaryHoldings`.
    public var summaryHoldings: String?
    /// `availabilityNote`.
    public var availabilityNote: String?

    /// Creates supplier details; every part is optional (peers often send an empty `supplierInfo`).
    public init(
        sortOrder: Int? = nil, supplierCode: AgencyID? = nil, supplierDescription: String? = nil,
        bibliographicRecordID: BibliographicRecordID? = nil, callNumber: String? = nil,
        summaryHoldings: String? = nil, availabilityNote: String? = nil
    ) {
        self.sortOrder = sortOrder
        self.supplierCode = supplierCode
        self.supplierDescription = supplierDescription
        self.bibliographicRecordID = bibliographicRecordID
        self.callNumber = callNumber
        self.summaryHoldings = summaryHoldings
        self.availabilityNote = availabilityNote
    }
}
