/// What became of one rule when a query was resolved: chosen, beaten (and by which rule, on which ground), or
/// not applicable (and why).
public enum PolicyVerdict: Sendable, Hashable, Codable {
    case chosen
    /// Applies, but the winner's scope is narrower (library > group > consortium).
    case outrankedByScope(winner: String)
    /// Applies with the same scope, but the winner names more of category and item type.
    case outrankedByKey(winner: String)
    /// As specific as the winner, which comes first in the matrix.
    case laterInMatrix(winner: String)
    case doesNotApply(PolicyMismatch)

    /// The verdict as a sentence for the staff "why" view.
    public var english: String {
        switch self {
        case .chosen: return "chosen: the most specific rule that applies"
        case .outrankedByScope(let winner): return "applies, but \(winner) is for a narrower scope"
        case .outrankedByKey(let winner):
            return "applies, but \(winner) has the same scope and names more of category and item type"
        case .laterInMatrix(let winner): return "as specific as \(winner), which comes first in the matrix"
        case .doesNotApply(let mismatch): return "does not apply: \(mismatch.english)"
        }
    }
}
