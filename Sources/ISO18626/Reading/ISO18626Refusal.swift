/// Why an incoming document was refused, in ISO 18626 terms, with what could still be read of it.
///
/// `errorType` and `errorValue` go into the `errorData` of the ERROR confirmation; `kind` and `header` say which
/// confirmation to send and to whom. When `kind` is `nil` (not XML, not an ISO 18626 message) there is nothing
/// to confirm, and a server answers at the HTTP level instead, as crosslink does with 400.
public struct ISO18626Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The ISO 18626 error type (`type_errorType`).
    public var errorType: ErrorType
    /// What is wrong and where: element path, offending value and line, as
    /// `supplyingAgencyMessage/statusInfo/status: 'WeCouldLoan' is not a valid status (line 27)`.
    public var errorValue: String
    /// The element at fault below `ISO18626Message` (`supplyingAgencyMessage/statusInfo/status`), when known.
    public var elementPath: String?
    /// The line of the fault, when known.
    public var line: Int?
    /// The kind of message refused, when the document got that far.
    public var kind: ISO18626MessageKind?
    /// The header fields that could be read.
    public var header: SalvagedHeader
    /// The action of a refused requesting agency message, when it was a valid one (for the confirmation's echo).
    public var action: ILLAction?
    /// The reason of a refused supplying agency message, when it was a valid one (for the confirmation's echo).
    public var reasonForMessage: ReasonForMessage?
    /// Every problem found, for logs; `errorValue` describes the first.
    public var problems: [String]

    /// Creates a refusal.
    public init(
        errorType: ErrorType, errorValue: String, elementPath: String? = nil, line: Int? = nil,
        kind: ISO18626MessageKind? = nil, header: SalvagedHeader = SalvagedHeader(), action: ILLAction? = nil,
        reasonForMessage: ReasonForMessage? = nil, problems: [String] = []
    ) {
        self.errorType = errorType
        self.errorValue = errorValue
        self.elementPath = elementPath
        self.line = line
        self.kind = kind
        self.header = header
        self.action = action
        self.reasonForMessage = reasonForMessage
        self.problems = problems
    }

    /// The `errorData` to send back.
    public var errorData: ErrorData {
        ErrorData(errorType: errorType, errorValue: errorValue)
    }

    /// `ErrorType: errorValue`.
    public var description: String { "\(errorType.rawValue): \(errorValue)" }
}
