import Foundation

/// The outcome of a checkout (12) or renewal (30).
public struct SIP2LoanOutcome: Sendable, Equatable {
    public var ok: Bool
    /// Whether the loan may be renewed later (the renewal ok flag).
    public var renewalOK: Bool
    public var card: String
    public var barcode: String
    /// AJ title.
    public var title: String
    /// AH due date, `nil` when refused.
    public var dueDate: Date?
    public var magneticMedia: SIP2Tristate = .unknown
    /// Whether the kiosk should desensitize the item (yes on success, no on refusal).
    public var desensitize: SIP2Tristate
    public var feeType: SIP2FeeType?
    public var feeAmount: Decimal?
    public var currency: String?
    public var securityInhibit: Bool?
    public var mediaType: SIP2MediaType?
    public var transactionID: String?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        ok: Bool, renewalOK: Bool = false, card: String, barcode: String, title: String = "", dueDate: Date? = nil,
        screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.ok = ok
        self.renewalOK = renewalOK
        self.card = card
        self.barcode = barcode
        self.title = title
        self.dueDate = dueDate
        self.desensitize = ok ? .yes : .no
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
