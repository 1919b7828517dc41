/// A lender's answer or status change about a request (ISO 18626 `supplyingAgencyMessage`).
public struct SupplyingAgencyMessage: Hashable, Sendable, Codable {
    /// `header`.
    public var header: MessageHeader
    /// `messageInfo`: why the message is sent, with any answer, note or offer.
    public var messageInfo: MessageInfo
    /// `statusInfo`: the supplier's status of the request.
    public var statusInfo: StatusInfo
    /// `deliveryInfo`, once the item or copy is sent.
    public var deliveryInfo: DeliveryInfo?
    /// `returnInfo`, where a loan is to be returned.
    public var returnInfo: ReturnInfo?

    /// Creates a supplying agency message.
    public init(
        header: MessageHeader, messageInfo: MessageInfo, statusInfo: StatusInfo, deliveryInfo: DeliveryInfo? = nil,
        returnInfo: ReturnInfo? = nil
    ) {
        self.header = header
        self.messageInfo = messageInfo
        self.statusInfo = statusInfo
        self.deliveryInfo = deliveryInfo
        self.returnInfo = returnInfo
    }
}
