import Foundation
import ISO18626
import Sharing

/// 1,000 (or `count`) synthetic holders of one title, the same for every run (seeded): about half with a copy
/// on the shelf, a tenth closed today, a few suspended or offering copies only, lent and borrowed counts of
/// 0–300, distances of 2–3,000 km, charges of 0–30 CNY (some in USD, some unknown), turnarounds of 0.5–10 days.
enum SharingCandidates {
    static func make(_ count: Int, seed: UInt64 = 18_626) -> [LenderCandidate] {
        var random = SharingRandom(seed)
        return (0..<count).map { n in
            let held = 1 + random.below(5)
            let costRoll = random.below(20)
            let cost: ServiceCost? =
                switch costRoll {
                case 0: nil
                case 1: ServiceCost(cents: 100 + random.below(1_900), currency: "USD")
                default: ServiceCost(cents: random.below(31) * 100, currency: "CNY")
                }
            return LenderCandidate(
                agency: AgencyID(value: String(format: "CN-BENCH-%04d", n)), name: "Holder library \(n)",
                holdingsCount: held, availableCopies: random.below(100) < 45 ? 0 : 1 + random.below(held),
                lentCount: random.below(300), borrowedCount: random.below(300),
                loanToBorrowRatio: random.below(10) == 0 ? 1.5 : nil,
                distanceKm: random.below(20) == 0 ? nil : 2 + random.unit() * 2_998, cost: cost,
                turnaroundDays: random.below(10) == 0 ? nil : 0.5 + random.unit() * 9.5,
                services: random.below(20) == 0 ? [.copy] : [.loan, .copy], isClosedToday: random.below(10) == 0,
                isSuspended: random.below(50) == 0, answerDeadlineHours: [24, 48, 72][random.below(3)])
        }
    }
}

/// SplitMix64: a small seeded generator, so every run ranks the same candidates.
struct SharingRandom {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< `bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// 0 ..< 1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
