import Foundation
import ISO18626

/// A candidate the rota does not ask, with the reason shown to staff.
public struct RotaExclusion: Sendable, Hashable, Codable {
    /// The candidate left out.
    public var candidate: LenderCandidate
    /// Why.
    public var reason: RotaExclusionReason

    /// An exclusion of `candidate` for `reason`.
    public init(candidate: LenderCandidate, reason: RotaExclusionReason) {
        self.candidate = candidate
        self.reason = reason
    }

    /// The reason in English, without the candidate's name (`does not offer Copy (offers Loan)`).
    public var explanation: String {
        switch reason {
        case .serviceNotOffered(let service): return "does not offer \(service.rawValue) (offers \(offeredList))"
        case .suspended: return "suspended in the directory"
        case .duplicate: return "\(candidate.agency) listed twice; the first listing is kept"
        }
    }

    private var offeredList: String {
        candidate.services.isEmpty ? "nothing" : candidate.services.map(\.rawValue).joined(separator: ", ")
    }
}
