/// The outcome of a fee payment (38).
public struct SIP2FeePayment: Sendable, Equatable {
    public var accepted: Bool
    /// BK the library's transaction id for the payment.
    public var transactionID: String?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        accepted: Bool, transactionID: String? = nil, screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.accepted = accepted
        self.transactionID = transactionID
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
