/// A transit's state as one word.
public enum TransitStatus: String, Sendable, Codable, CaseIterable {
    case none
    case open
    case received
    case cancelled

    /// The status in English, for messages.
    public var english: String {
        switch self {
        case .none: return "not started"
        case .open: return "open"
        case .received: return "already received"
        case .cancelled: return "cancelled"
        }
    }

    /// The status in Chinese, for messages.
    public var chinese: String {
        switch self {
        case .none: return "尚未开始"
        case .open: return "在途中"
        case .received: return "已接收"
        case .cancelled: return "已取消"
        }
    }
}
