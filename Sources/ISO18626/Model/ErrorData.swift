/// Why a message was refused (ISO 18626 `errorData`).
public struct ErrorData: Hashable, Sendable, Codable {
    /// `errorType`.
    public var errorType: ErrorType
    /// `errorValue`, free text saying what was wrong and where.
    public var errorValue: String?

    /// Creates error details.
    public init(errorType: ErrorType, errorValue: String? = nil) {
        self.errorType = errorType
        self.errorValue = errorValue
    }
}
