import Foundation

/// How much each factor counts within an availability band, as data an operator may edit. Each factor is first
/// scored 0…1 across the candidates (1 is best); the total is the weighted sum. The defaults put availability
/// first, then fairness, distance, cost and turnaround, and add up to 1.
public struct RotaWeights: Sendable, Hashable, Codable {
    /// Weight of the number of copies on the shelf now (more copies, likelier to be found).
    public var availability: Double
    /// Weight of the ReShare-style load-balancing score (loans owed against borrowings).
    public var fairness: Double
    /// Weight of nearness; shorter transport, faster and cheaper delivery.
    public var distance: Double
    /// Weight of the lender's charge, compared within one currency only.
    public var cost: Double
    /// Weight of the lender's usual turnaround.
    public var turnaround: Double
    /// Loans per borrowing expected of a lender whose candidate gives no ratio (ReShare's parity, 1:1).
    public var loanToBorrowRatio: Double
    /// Score 0…1 given to a factor whose value is not known (distance, cost or turnaround), neither best nor worst.
    public var unknownScore: Double

    /// Weights; any left out take the documented default.
    public init(
        availability: Double = 0.35, fairness: Double = 0.25, distance: Double = 0.20, cost: Double = 0.12,
        turnaround: Double = 0.08, loanToBorrowRatio: Double = 1, unknownScore: Double = 0.5
    ) {
        self.availability = availability
        self.fairness = fairness
        self.distance = distance
        self.cost = cost
        self.turnaround = turnaround
        self.loanToBorrowRatio = loanToBorrowRatio
        self.unknownScore = unknownScore
    }

    /// The defaults: availability 0.35, fairness 0.25, distance 0.20, cost 0.12, turnaround 0.08.
    public static let standard = RotaWeights()

    enum CodingKeys: String, CodingKey {
        case availability, fairness, distance, cost, turnaround, loanToBorrowRatio, unknownScore
    }

    /// Reads weights from JSON; a key left out keeps its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = RotaWeights.standard
        availability = try c.decodeIfPresent(Double.self, forKey: .availability) ?? d.availability
        fairness = try c.decodeIfPresent(Double.self, forKey: .fairness) ?? d.fairness
        distance = try c.decodeIfPresent(Double.self, forKey: .distance) ?? d.distance
        cost = try c.decodeIfPresent(Double.self, forKey: .cost) ?? d.cost
        turnaround = try c.decodeIfPresent(Double.self, forKey: .turnaround) ?? d.turnaround
        loanToBorrowRatio = try c.decodeIfPresent(Double.self, forKey: .loanToBorrowRatio) ?? d.loanToBorrowRatio
        unknownScore = try c.decodeIfPresent(Double.self, forKey: .unknownScore) ?? d.unknownScore
    }
}
