import Foundation
import ISO18626

/// Builds the rota for a request: which holders to ask, in what order, and why.
///
/// Availability dominates: every lender with a copy on the shelf now comes before one closed today, and those
/// before lenders with no copy on the shelf. Within a band the weighted score decides (copies on the shelf,
/// ReShare-style load balancing, distance, cost, turnaround, each scaled 0…1 across the candidates), then the
/// agency id, so the same input always gives the same rota. The work is a few linear passes and one sort of small
/// keys; the sentences explaining each place are written only when `RotaEntry.reasons` is read.
public enum LenderSelection {
    /// The rota for `candidates` asked for `service`; lenders that do not offer it or are suspended are listed in
    /// `excluded` with the reason.
    public static func rota(
        for candidates: [LenderCandidate], service: ServiceType, weights: RotaWeights = .standard
    ) -> Rota {
        let (eligible, excluded) = partition(candidates, service: service)
        let scale = RotaScale(eligible, weights: weights)
        let scored = eligible.map { scale.score($0) }
        var keys = scored.indices.map { RankKey(tier: eligible[$0].tier.rawValue, score: scored[$0].score, index: $0) }
        keys.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            if a.score != b.score { return a.score > b.score }
            return agencyPrecedes(eligible[a.index].agency, eligible[b.index].agency)
        }
        var entries: [RotaEntry] = []
        entries.reserveCapacity(keys.count)
        for (place, key) in keys.enumerated() {
            let candidate = eligible[key.index]
            let item = scored[key.index]
            entries.append(
                RotaEntry(
                    candidate: candidate, rank: place + 1, tier: candidate.tier, score: item.score, parts: item.parts,
                    loansOwed: item.loansOwed, loanToBorrowRatio: item.ratio,
                    comparedCurrency: scale.currency))
        }
        return Rota(service: service, entries: entries, excluded: excluded)
    }

    /// Splits the candidates into those that may be asked and those left out, keeping the given order.
    static func partition(
        _ candidates: [LenderCandidate], service: ServiceType
    ) -> ([LenderCandidate], [RotaExclusion]) {
        var eligible: [LenderCandidate] = []
        var excluded: [RotaExclusion] = []
        var seen: Set<AgencyID> = []
        eligible.reserveCapacity(candidates.count)
        for candidate in candidates {
            if !seen.insert(candidate.agency).inserted {
                excluded.append(RotaExclusion(candidate: candidate, reason: .duplicate))
            } else if candidate.isSuspended {
                excluded.append(RotaExclusion(candidate: candidate, reason: .suspended))
            } else if !candidate.offers(service) {
                excluded.append(RotaExclusion(candidate: candidate, reason: .serviceNotOffered(service)))
            } else {
                eligible.append(candidate)
            }
        }
        return (eligible, excluded)
    }

    /// The deterministic tie-break: agency id type, then value.
    static func agencyPrecedes(_ a: AgencyID, _ b: AgencyID) -> Bool {
        a.type != b.type ? a.type < b.type : a.value < b.value
    }
}
