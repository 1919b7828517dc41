/// How loan conditions travel in ISO 18626 v1.2 notes: the supplier's offer and the requester's answer are
/// marked so that both Pinakes and ReShare nodes (which use `#ReShare…#` markers) understand them.
public enum ConditionNote {
    /// Prefix of the supplier's note that lists the conditions.
    public static let offer = "#LoanConditions# "
    /// The requester's note accepting them.
    public static let accepted = "#LoanConditionsAccepted#"
    /// The requester's note refusing them.
    public static let refused = "#LoanConditionsRefused#"

    /// True for an acceptance, false for a refusal, nil for any other note.
    public static func verdict(_ note: String?) -> Bool? {
        guard let note else { return nil }
        if note.contains(accepted) || note.contains("#ReShareLoanConditionAgreeResponse#") { return true }
        if note.contains(refused) { return false }
        return nil
    }

    /// The conditions named in a supplier's note, if it is an offer.
    public static func conditions(in note: String?) -> [String]? {
        guard let note, let range = note.range(of: offer) else { return nil }
        let list = note[range.upperBound...].split(separator: " ", maxSplits: 1).first ?? ""
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names
    }
}
