import ISO18626

/// Why resource sharing says no: the one error type of this module. A refusal of a peer's message carries the
/// ISO 18626 `errorType` its confirmation must send; a refusal of a reader or librarian reads as a sentence.
public enum SharingRefusal: Error, Sendable, Hashable {
    /// A peer's message broke the protocol (unknown agency, bad credentials, an action out of order…).
    case protocolError(ErrorType, String)
    /// A local action not allowed in the request's current state.
    case notAllowed(action: String, status: String)
    /// Something looked up does not exist (a request, a peer, a document).
    case notFound(String)
    /// Input from a person that cannot be used; the message names the field.
    case invalidInput(String)
    /// The copyright rules forbid sending this copy request.
    case copyrightLimit(String, zh: String)
    /// A peer could not be reached or answered ERROR.
    case peerUnreachable(String)

    /// English text for people and logs.
    public var english: String {
        switch self {
        case .protocolError(let type, let value): return "\(type.rawValue): \(value)"
        case .notAllowed(let action, let status): return "\(action) is not allowed while the request is \(status)"
        case .notFound(let what): return what
        case .invalidInput(let what): return what
        case .copyrightLimit(let reason, _): return reason
        case .peerUnreachable(let what): return what
        }
    }

    /// Chinese text for people.
    public var chinese: String {
        switch self {
        case .protocolError(let type, let value): return "\(type.rawValue)：\(value)"
        case .notAllowed(let action, let status): return "申请当前状态（\(status)）下不能执行“\(action)”"
        case .notFound(let what): return "未找到：\(what)"
        case .invalidInput(let what): return "输入有误：\(what)"
        case .copyrightLimit(_, let zh): return zh
        case .peerUnreachable(let what): return "无法联系对方馆：\(what)"
        }
    }
}

extension SharingRefusal: CustomStringConvertible {
    public var description: String { english }
}
