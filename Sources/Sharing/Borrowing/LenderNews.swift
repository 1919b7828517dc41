import ISO18626

/// What a lender's `supplyingAgencyMessage` tells the borrowing machine.
public struct LenderNews: Sendable, Equatable {
    public var status: ILLStatus
    public var reason: ReasonForMessage
    /// `messageInfo/answerYesNo`, for renew and cancel responses.
    public var answer: Bool?
    public var note: String?
    /// `statusInfo/dueDate`, seconds since 1970.
    public var dueAt: Int64?
    /// `deliveryInfo/deliveryCosts`, what the lender books for the service.
    public var costCents: Int?
    public var currency: String?
    /// Where a delivered copy can be fetched (`messageInfo/note` or `deliveryInfo/itemId` of `CopyCompleted`).
    public var documentURL: String?

    public init(
        status: ILLStatus, reason: ReasonForMessage, answer: Bool? = nil, note: String? = nil, dueAt: Int64? = nil,
        costCents: Int? = nil, currency: String? = nil, documentURL: String? = nil
    ) {
        self.status = status
        self.reason = reason
        self.answer = answer
        self.note = note
        self.dueAt = dueAt
        self.costCents = costCents
        self.currency = currency
        self.documentURL = documentURL
    }
}
