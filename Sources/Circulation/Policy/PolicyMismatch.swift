/// Why a rule does not apply to a query.
public enum PolicyMismatch: Sendable, Hashable, Codable {
    case otherReaderCategory(ReaderCategory)
    case otherItemType(ItemLoanType)
    case otherLibrary(String)
    case notInGroup(String)

    /// The mismatch in words.
    public var english: String {
        switch self {
        case .otherReaderCategory(let category): return "it is for \(category.rawValue) readers"
        case .otherItemType(let type): return "it is for items of type \(type)"
        case .otherLibrary(let code): return "it is for library \(code)"
        case .notInGroup(let group): return "the library is not in group \(group)"
        }
    }
}
