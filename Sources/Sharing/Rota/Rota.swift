import Foundation
import ISO18626

/// The ordered list of lenders to ask for one request, best first, and the candidates left out.
public struct Rota: Sendable, Hashable, Codable {
    /// The service the rota was built for.
    public var service: ServiceType
    /// Lenders in the order to ask them.
    public var entries: [RotaEntry]
    /// Candidates not asked at all, in the order given.
    public var excluded: [RotaExclusion]

    /// A rota from ranked entries.
    public init(service: ServiceType, entries: [RotaEntry], excluded: [RotaExclusion] = []) {
        self.service = service
        self.entries = entries
        self.excluded = excluded
    }

    /// Whether nobody can be asked.
    public var isEmpty: Bool { entries.isEmpty }

    /// The agencies in rota order, as the borrowing state machine keeps them.
    public var agencies: [AgencyID] { entries.map(\.agency) }

    /// The lender to ask after the one at `index` (none: the first), passing over agencies already tried or
    /// known not to answer in time; none when the rota is used up (the request is then unfilled).
    public func next(after index: Int?, skipping: Set<AgencyID> = []) -> RotaEntry? {
        let start = index.map { max($0 + 1, 0) } ?? 0
        guard start < entries.count else { return nil }
        return entries[start...].first { !skipping.contains($0.agency) }
    }

    /// The index in `entries` of `agency`, if it is on the rota.
    public func index(of agency: AgencyID) -> Int? {
        entries.firstIndex { $0.agency == agency }
    }
}
