import Foundation

/// The ranges of each factor across the eligible candidates, used to scale every factor to 0…1 (1 is best).
struct RotaScale {
    let weights: RotaWeights
    let mostCopies: Int
    let owed: ClosedRange<Double>?
    let distance: ClosedRange<Double>?
    let cost: ClosedRange<Double>?
    let turnaround: ClosedRange<Double>?
    /// Costs are compared only in this currency, the one most candidates charge in (ties: alphabetical).
    let currency: String?

    init(_ candidates: [LenderCandidate], weights: RotaWeights) {
        self.weights = weights
        mostCopies = candidates.reduce(0) { max($0, $1.availableCopies) }
        owed = Self.range(candidates.map { Self.loansOwed($0, weights: weights) })
        distance = Self.range(candidates.compactMap { Self.known($0.distanceKm) })
        turnaround = Self.range(candidates.compactMap { Self.known($0.turnaroundDays) })
        let currency = Self.commonCurrency(candidates)
        self.currency = currency
        cost = Self.range(
            candidates.compactMap { $0.cost?.currency == currency ? $0.cost.map { Double(max($0.cents, 0)) } : nil })
    }

    /// ReShare's load-balancing distance: the loans a lender should have made for what it borrowed, at its
    /// loan-to-borrow ratio, minus the loans it made. Positive means it owes loans, so it is asked earlier.
    static func loansOwed(_ candidate: LenderCandidate, weights: RotaWeights) -> Double {
        Double(max(candidate.borrowedCount, 0)) * ratio(candidate, weights: weights)
            - Double(max(candidate.lentCount, 0))
    }

    /// The candidate's own loan-to-borrow ratio, else the weights' default.
    static func ratio(_ candidate: LenderCandidate, weights: RotaWeights) -> Double {
        known(candidate.loanToBorrowRatio) ?? known(weights.loanToBorrowRatio) ?? 1
    }

    /// The candidate's scored parts.
    func score(_ candidate: LenderCandidate) -> ScoredLender {
        let owedNow = Self.loansOwed(candidate, weights: weights)
        let copies = mostCopies > 0 ? Double(max(candidate.availableCopies, 0)) / Double(mostCopies) : 0
        let parts = RotaScoreParts(
            availability: Self.weight(weights.availability) * copies,
            fairness: Self.weight(weights.fairness) * Self.higherIsBetter(owedNow, in: owed),
            distance: Self.weight(weights.distance) * lowerIsBetter(Self.known(candidate.distanceKm), in: distance),
            cost: Self.weight(weights.cost) * lowerIsBetter(comparableCost(candidate), in: cost),
            turnaround: Self.weight(weights.turnaround)
                * lowerIsBetter(Self.known(candidate.turnaroundDays), in: turnaround))
        return ScoredLender(
            parts: parts, score: parts.total, loansOwed: owedNow, ratio: Self.ratio(candidate, weights: weights))
    }

    /// The candidate's cost in cents when it can be compared (known and in the common currency).
    func comparableCost(_ candidate: LenderCandidate) -> Double? {
        guard let cost = candidate.cost, cost.currency == currency else { return nil }
        return Double(max(cost.cents, 0))
    }

    /// 0…1 where the lowest value scores 1; unknown values score `unknownScore`; all equal scores 1.
    func lowerIsBetter(_ value: Double?, in range: ClosedRange<Double>?) -> Double {
        guard let value, let range else { return min(max(weights.unknownScore, 0), 1) }
        let width = range.upperBound - range.lowerBound
        return width > 0 ? (range.upperBound - max(value, 0)) / width : 1
    }

    /// 0…1 where the highest value scores 1; all equal scores 1.
    static func higherIsBetter(_ value: Double, in range: ClosedRange<Double>?) -> Double {
        guard let range else { return 1 }
        let width = range.upperBound - range.lowerBound
        return width > 0 ? (value - range.lowerBound) / width : 1
    }

    static func weight(_ value: Double) -> Double { value.isFinite ? max(value, 0) : 0 }

    static func known(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return max(value, 0)
    }

    static func range(_ values: [Double]) -> ClosedRange<Double>? {
        guard var low = values.first else { return nil }
        var high = low
        for value in values {
            low = min(low, value)
            high = max(high, value)
        }
        return low...high
    }

    static func commonCurrency(_ candidates: [LenderCandidate]) -> String? {
        var counts: [String: Int] = [:]
        for candidate in candidates { if let cost = candidate.cost { counts[cost.currency, default: 0] += 1 } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
