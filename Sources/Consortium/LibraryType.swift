/// The kinds of place in the consortium tree.
public enum LibraryType: String, Sendable, Codable, CaseIterable {
    case consortium
    case central
    case branch
    case rural
    case servicePoint = "service-point"
    case bookmobile
    case university
    case archive
    case museum
    case school
    case special

    /// Whether a library of this type may sit under a parent of type `parent`.
    public func mayBelong(to parent: LibraryType) -> Bool {
        switch self {
        case .consortium: return false
        case .servicePoint, .bookmobile: return parent != .servicePoint && parent != .bookmobile
        default: return parent != .servicePoint && parent != .bookmobile && parent != .archive && parent != .museum
        }
    }

    /// Order among siblings: the central library first, member institutions last.
    public var rank: Int { LibraryType.allCases.firstIndex(of: self) ?? 0 }

    /// English label for pages.
    public var label: String {
        switch self {
        case .consortium: return "Consortium"
        case .central: return "Central library"
        case .branch: return "Branch"
        case .servicePoint: return "Service point"
        case .bookmobile: return "Bookmobile"
        case .university: return "University library"
        case .archive: return "Archive"
        case .museum: return "Museum"
        case .rural: return "Rural library"
        case .school: return "School library"
        case .special: return "Special library"
        }
    }

    /// Chinese label for pages.
    public var labelZh: String {
        switch self {
        case .consortium: return "联盟"
        case .central: return "总馆"
        case .branch: return "分馆"
        case .servicePoint: return "服务点"
        case .bookmobile: return "流动图书车"
        case .university: return "高校图书馆"
        case .archive: return "档案馆"
        case .museum: return "博物馆"
        case .rural: return "农家书屋"
        case .school: return "学校图书馆"
        case .special: return "专业图书馆"
        }
    }
}
