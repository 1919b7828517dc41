import Foundation
import ISO18626

/// One lender in the rota: who, in which place, with what score and why.
public struct RotaEntry: Sendable, Hashable, Codable {
    /// The candidate as it was ranked.
    public var candidate: LenderCandidate
    /// Place in the rota, 1 for the lender asked first; the entry's index in `Rota.entries` is `rank - 1`.
    public var rank: Int
    /// The availability band, which orders the rota before any score.
    public var tier: RotaTier
    /// Total score within the band, 0…the sum of the weights; higher is asked earlier.
    public var score: Double
    /// What each factor added to the score.
    public var parts: RotaScoreParts
    /// ReShare's load-balancing distance: loans the lender owes (borrowings × ratio − loans); negative when it
    /// has lent more than its share.
    public var loansOwed: Double
    /// The loans per borrowing expected of it (its own ratio, or the rota's default).
    public var loanToBorrowRatio: Double
    /// The currency charges were compared in; a charge in another one scored as unknown.
    public var comparedCurrency: String?

    /// An entry as the rota ranks it.
    public init(
        candidate: LenderCandidate, rank: Int, tier: RotaTier, score: Double, parts: RotaScoreParts,
        loansOwed: Double, loanToBorrowRatio: Double = 1, comparedCurrency: String? = nil
    ) {
        self.candidate = candidate
        self.rank = rank
        self.tier = tier
        self.score = score
        self.parts = parts
        self.loansOwed = loansOwed
        self.loanToBorrowRatio = loanToBorrowRatio
        self.comparedCurrency = comparedCurrency
    }

    /// The agency of the candidate.
    public var agency: AgencyID { candidate.agency }
}
