/// The kind of reader a card was issued to; loan rules are written per category.
public enum ReaderCategory: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case adult
    case child
    case student
    case staff
    case senior
    /// A reader from outside the consortium's area (a visiting scholar, a reader of another consortium).
    case external
    /// A school, company or other body borrowing as one reader (block loans).
    case institution
}
