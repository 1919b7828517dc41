/// What an account may do, before its library scope is considered (DESIGN.md section 8).
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Consortium administrator: everything, everywhere.
    case admin
    /// Library staff: catalogue, items and readers of the libraries in their scope (and below them).
    case staff
    /// A reader with a card.
    case reader
    /// Publisher or vendor: read-only aggregated data.
    case partner
    /// Another ISO 18626 node.
    case peer

    /// English label.
    public var label: String {
        switch self {
        case .admin: return "Consortium administrator"
        case .staff: return "Library staff"
        case .reader: return "Reader"
        case .partner: return "Partner"
        case .peer: return "Peer node"
        }
    }

    /// Chinese label.
    public var labelZh: String {
        switch self {
        case .admin: return "联盟管理员"
        case .staff: return "馆员"
        case .reader: return "读者"
        case .partner: return "合作机构"
        case .peer: return "互借节点"
        }
    }
}
