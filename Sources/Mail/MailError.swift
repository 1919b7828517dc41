/// Why a message could not be handed to the relay, with the stage and the relay's own words.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The relay could not be reached.
    case unreachable(String)
    /// The relay answered a command with an error (4xx temporary, 5xx permanent).
    case refused(stage: String, code: Int, text: String)
    /// The relay closed the connection or sent something that is not an SMTP reply.
    case protocolViolation(String)
    /// An address that cannot be used in an SMTP envelope.
    case invalidAddress(String)

    /// A temporary failure (4xx, or the relay not answering): worth trying again later.
    public var isTemporary: Bool {
        switch self {
        case .unreachable, .protocolViolation: true
        case .refused(_, let code, _): (400..<500).contains(code)
        case .invalidAddress: false
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let detail): "the mail relay cannot be reached: \(detail)"
        case .refused(let stage, let code, let text): "the mail relay refused \(stage): \(code) \(text)"
        case .protocolViolation(let detail): "the mail relay broke the SMTP conversation: \(detail)"
        case .invalidAddress(let address): "“\(address)” is not an e-mail address that can be used"
        }
    }
}
