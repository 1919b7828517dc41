import Foundation

/// A candidate's score, before it gets a rank.
struct ScoredLender {
    var parts: RotaScoreParts
    var score: Double
    var loansOwed: Double
    var ratio: Double
}
