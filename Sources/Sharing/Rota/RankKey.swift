import Foundation

/// What the sort compares: the band, the score, and where the candidate is.
struct RankKey {
    var tier: Int
    var score: Double
    var index: Int
}
