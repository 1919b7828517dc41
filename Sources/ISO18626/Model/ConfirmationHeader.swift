import Foundation

/// The header of the three confirmations (ISO 18626 `confirmationHeader`).
public struct ConfirmationHeader: Hashable, Sendable, Codable {
    /// `supplyingAgencyId`, copied from the message confirmed.
    public var supplyingAgency: AgencyID?
    /// `requestingAgencyId`, copied from the message confirmed.
    public var requestingAgency: AgencyID?
    /// `timestamp`, when the confirmation was created.
    public var timestamp: Date
    /// `requestingAgencyRequestId`, copied from the message confirmed.
    public var requestingAgencyRequestID: String?
    /// `multipleItemRequestId`, copied from the message confirmed; empty reads as `nil`.
    public var multipleItemRequestID: String?
    /// `timestampReceived`, when the message confirmed was received.
    public var timestampReceived: Date
    /// `messageStatus`: OK, or ERROR with `errorData`.
    public var messageStatus: MessageStatus

    /// Creates a confirmation header.
    public init(
        supplyingAgency: AgencyID? = nil, requestingAgency: AgencyID? = nil, timestamp: Date,
        requestingAgencyRequestID: String? = nil, multipleItemRequestID: String? = nil, timestampReceived: Date,
        messageStatus: MessageStatus
    ) {
        self.supplyingAgency = supplyingAgency
        self.requestingAgency = requestingAgency
        self.timestamp = timestamp
        self.requestingAgencyRequestID = requestingAgencyRequestID
        self.multipleItemRequestID = multipleItemRequestID
        self.timestampReceived = timestampReceived
        self.messageStatus = messageStatus
    }
}
