/// A borrower's request for an item or a copy (ISO 18626 `request`).
public struct ILLRequest: Hashable, Sendable, Codable {
    /// `header`, the agencies and the requesting agency's request id.
    public var header: MessageHeader
    /// `bibliographicInfo`, what is wanted.
    public var bibliographicInfo: BibliographicInfo
    /// `publicationInfo`.
    public var publicationInfo: PublicationInfo?
    /// `serviceInfo`: loan or copy, and the conditions asked for.
    public var serviceInfo: ServiceInfo?
    /// `supplierInfo`, one per candidate supplier and its holdings.
    public var supplierInfo: [SupplierInfo]
    /// `requestedDeliveryInfo`, the delivery addresses in order of preference.
    public var requestedDeliveryInfo: [RequestedDeliveryInfo]
    /// `requestingAgencyInfo`, the borrowing library's name, contact and addresses.
    public var requestingAgencyInfo: RequestingAgencyInfo?
    /// `patronInfo`, the reader the request is for.
    public var patronInfo: PatronInfo?
    /// `billingInfo`, how the supplier is paid.
    public var billingInfo: BillingInfo?

    /// Creates a request; everything but the header and the bibliographic description is optional.
    public init(
        header: MessageHeader, bibliographicInfo: BibliographicInfo, publicationInfo: PublicationInfo? = nil,
        serviceInfo: ServiceInfo? = nil, supplierInfo: [SupplierInfo] = [],
        requestedDeliveryInfo: [RequestedDeliveryInfo] = [], requestingAgencyInfo: RequestingAgencyInfo? = nil,
        patronInfo: PatronInfo? = nil, billingInfo: BillingInfo? = nil
    ) {
        self.header = header
        self.bibliographicInfo = bibliographicInfo
        self.publicationInfo = publicationInfo
        self.serviceInfo = serviceInfo
        self.supplierInfo = supplierInfo
        self.requestedDeliveryInfo = requestedDeliveryInfo
        self.requestingAgencyInfo = requestingAgencyInfo
        self.patronInfo = patronInfo
        self.billingInfo = billingInfo
    }
}
