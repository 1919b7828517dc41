/// Errors shared by every module: each says what went wrong and where, in words a librarian can act on.
public enum PinakesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Input that cannot be accepted (a field, a file, a flag); the message names it.
    case invalidInput(String)
    /// Something looked up by code or id does not exist.
    case notFound(String)
    /// The change would break a rule of the data (a duplicate barcode, a code in use).
    case conflict(String)
    /// The caller is not signed in.
    case unauthenticated
    /// The caller is signed in but their role or scope does not allow this.
    case forbidden(String)

    public var description: String {
        switch self {
        case .invalidInput(let message): return message
        case .notFound(let message): return message
        case .conflict(let message): return message
        case .unauthenticated: return "sign-in required"
        case .forbidden(let message): return message
        }
    }
}
