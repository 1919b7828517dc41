import Foundation

/// The weighted contribution of each factor to a lender's total score; the parts add up to the total.
public struct RotaScoreParts: Sendable, Hashable, Codable {
    /// Contribution of the copies on the shelf.
    public var availability: Double
    /// Contribution of the load-balancing (fairness) score.
    public var fairness: Double
    /// Contribution of nearness.
    public var distance: Double
    /// Contribution of the charge.
    public var cost: Double
    /// Contribution of the turnaround.
    public var turnaround: Double

    /// Parts as given.
    public init(availability: Double, fairness: Double, distance: Double, cost: Double, turnaround: Double) {
        self.availability = availability
        self.fairness = fairness
        self.distance = distance
        self.cost = cost
        self.turnaround = turnaround
    }

    /// The total score, the sum of the parts.
    public var total: Double { availability + fairness + distance + cost + turnaround }
}
