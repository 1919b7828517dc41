import Foundation

/// The header of a request, supplying agency message or requesting agency message (ISO 18626 `header`).
public struct MessageHeader: Hashable, Sendable, Codable {
    /// `supplyingAgencyId`, the lender (for a request, the agency asked to supply).
    public var supplyingAgency: AgencyID
    /// `requestingAgencyId`, the borrower.
    public var requestingAgency: AgencyID
    /// `multipleItemRequestId`; the element is mandatory in v1.2 but usually empty, which reads as `nil`.
    public var multipleItemRequestID: String?
    /// `timestamp`, when the sender created the message.
    public var timestamp: Date
    /// `requestingAgencyRequestId`, the borrower's id for the transaction (the idempotency key with the agencies).
    public var requestingAgencyRequestID: String
    /// `supplyingAgencyRequestId`, the lender's id, once it has one.
    public var supplyingAgencyRequestID: String?
    /// `requestingAgencyAuthentication`, if the agencies agreed on credentials.
    public var authentication: RequestingAgencyAuthentication?

    /// Creates a header; the optional parts default to absent.
    public init(
        supplyingAgency: AgencyID, requestingAgency: AgencyID, multipleItemRequestID: String? = nil,
        timestamp: Date, requestingAgencyRequestID: String, supplyingAgencyRequestID: String? = nil,
        authentication: RequestingAgencyAuthentication? = nil
    ) {
        self.supplyingAgency = supplyingAgency
        self.requestingAgency = requestingAgency
        self.multipleItemRequestID = multipleItemRequestID
        self.timestamp = timestamp
        self.requestingAgencyRequestID = requestingAgencyRequestID
        self.supplyingAgencyRequestID = supplyingAgencyRequestID
        self.authentication = authentication
    }
}
