import Foundation

/// Why a supplying agency message is sent, and what it answers or offers (ISO 18626 `messageInfo`).
public struct MessageInfo: Hashable, Sendable, Codable {
    /// `reasonForMessage`.
    public var reasonForMessage: ReasonForMessage
    /// `answerYesNo` (`Y`/`N`), the answer to a cancel or renew request.
    public var answerYesNo: Bool?
    /// `note`, free text to the requester.
    public var note: String?
    /// `reasonUnfilled`, such as `NotHeld` or `OnLoan`.
    public var reasonUnfilled: SchemeValue?
    /// `reasonRetry`, such as `CostExceedsMaxCost` or `OnLoan`.
    public var reasonRetry: SchemeValue?
    /// `offeredCosts`, what the supplier would charge on a retry.
    public var offeredCosts: Costs?
    /// `retryAfter`, the earliest time a retry may succeed.
    public var retryAfter: Date?
    /// `retryBefore`, the latest time a retry is worth sending.
    public var retryBefore: Date?

    /// Creates message details; only the reason is required.
    public init(
        reasonForMessage: ReasonForMessage, answerYesNo: Bool? = nil, note: String? = nil,
        reasonUnfilled: SchemeValue? = nil, reasonRetry: SchemeValue? = nil, offeredCosts: Costs? = nil,
        retryAfter: Date? = nil, retryBefore: Date? = nil
    ) {
        self.reasonForMessage = reasonForMessage
        self.answerYesNo = answerYesNo
        self.note = note
        self.reasonUnfilled = reasonUnfilled
        self.reasonRetry = reasonRetry
        self.offeredCosts = offeredCosts
        self.retryAfter = retryAfter
        self.retryBefore = retryBefore
    }
}
