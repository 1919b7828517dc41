import Foundation
import ISO18626
import Sharing

/// Lenders for rota tests, described by what matters to each test.
enum RotaFixtures {
    static func agency(_ value: String, type: String = "ISIL") -> AgencyID {
        AgencyID(type: type, value: value)
    }

    static func lender(
        _ value: String, copies: Int = 1, lent: Int = 0, borrowed: Int = 0, km: Double? = nil, cents: Int? = nil,
        currency: String = "CNY", days: Double? = nil, services: [ServiceType] = [.loan, .copy], closed: Bool = false,
        suspended: Bool = false, ratio: Double? = nil, deadline: Int? = nil
    ) -> LenderCandidate {
        LenderCandidate(
            agency: agency(value), name: "Library \(value)", holdingsCount: max(copies, 1), availableCopies: copies,
            lentCount: lent, borrowedCount: borrowed, loanToBorrowRatio: ratio, distanceKm: km,
            cost: cents.map { ServiceCost(cents: $0, currency: currency) }, turnaroundDays: days, services: services,
            isClosedToday: closed, isSuspended: suspended, answerDeadlineHours: deadline)
    }

    static func order(_ rota: Rota) -> [String] {
        rota.entries.map(\.agency.value)
    }

    /// A reproducible stream of numbers (SplitMix64), so the large rota is the same on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
