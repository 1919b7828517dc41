/// A hold's state as one word.
public enum HoldStatus: String, Sendable, Codable, CaseIterable {
    case none
    case active
    case suspended
    case inTransit = "in-transit"
    case readyForPickup = "ready-for-pickup"
    case fulfilled
    case expired
    case cancelled

    /// The status in English, for messages ("This request is …").
    public var english: String {
        switch self {
        case .none: return "not placed"
        case .active: return "waiting for a copy"
        case .suspended: return "suspended"
        case .inTransit: return "in transit to the pickup library"
        case .readyForPickup: return "waiting on the hold shelf"
        case .fulfilled: return "already fulfilled"
        case .expired: return "expired"
        case .cancelled: return "cancelled"
        }
    }

    /// The status in Chinese, for messages ("该预约…").
    public var chinese: String {
        switch self {
        case .none: return "尚未提交"
        case .active: return "正在等待可用单册"
        case .suspended: return "已暂停"
        case .inTransit: return "正在运往取书馆"
        case .readyForPickup: return "已到馆待取"
        case .fulfilled: return "已完成"
        case .expired: return "已过期"
        case .cancelled: return "已取消"
        }
    }
}
