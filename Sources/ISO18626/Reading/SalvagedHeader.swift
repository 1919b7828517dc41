import Foundation

/// Whatever could be read from the header of a refused message, so that the ERROR confirmation can be addressed.
///
/// Read without trusting the document: each part is `nil` when missing or unreadable.
public struct SalvagedHeader: Hashable, Sendable {
    /// `supplyingAgencyId`.
    public var supplyingAgency: AgencyID?
    /// `requestingAgencyId`.
    public var requestingAgency: AgencyID?
    /// `multipleItemRequestId`, `nil` when empty.
    public var multipleItemRequestID: String?
    /// `timestamp`, when it was a valid `xs:dateTime`.
    public var timestamp: Date?
    /// `requestingAgencyRequestId`.
    public var requestingAgencyRequestID: String?
    /// `supplyingAgencyRequestId`.
    public var supplyingAgencyRequestID: String?

    /// Creates a salvaged header; by default nothing was salvaged.
    public init(
        supplyingAgency: AgencyID? = nil, requestingAgency: AgencyID? = nil, multipleItemRequestID: String? = nil,
        timestamp: Date? = nil, requestingAgencyRequestID: String? = nil, supplyingAgencyRequestID: String? = nil
    ) {
        self.supplyingAgency = supplyingAgency
        self.requestingAgency = requestingAgency
        self.multipleItemRequestID = multipleItemRequestID
        self.timestamp = timestamp
        self.requestingAgencyRequestID = requestingAgencyRequestID
        self.supplyingAgencyRequestID = supplyingAgencyRequestID
    }
}
