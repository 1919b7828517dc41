import Catalog
import Consortium
import Foundation
import PinakesCore
import SQLKit

/// Chooses a copy for each waiting hold, for the pull lists: copies on the shelf, not already chosen for
/// another hold, at libraries open today, nearest tier first (the pickup library, then its siblings, then
/// the rest of its system, then the consortium), spreading the work between branches of one tier, and only
/// the pickup library's own copies while the hold is in its stall period.
struct HoldTargeter {
    let desk: CirculationDesk
    let rules: CirculationRules
    let at: Int64

    /// A hold waiting for a copy, as the targeter weighs it.
    struct Waiting {
        var hold: Hold
        var reader: ReaderCategory
        var cluster: Int64?
    }

    /// Targets `holds` (or every active hold when nil); returns how many got a new copy and how many have none.
    @discardableResult
    func target(holds ids: [Identifier<Hold>]? = nil, on sql: any SQLDatabase) async throws -> (
        targeted: Int, untargeted: Int, considered: Int
    ) {
        let waiting = try await load(ids, on: sql)
        guard !waiting.isEmpty else { return (0, 0, 0) }
        let clusters = Array(Set(waiting.compactMap(\.cluster)))
        var shelf: [Int64: [CirculationCopy]] = [:]
        for chunk in clusters.chunked(400) {
            for copy in try await CatalogStore.availableCopies(clusters: Array(chunk), on: sql) {
                if let cluster = copy.clusterID { shelf[cluster, default: []].append(copy) }
            }
        }
        var taken = try await alreadyTargeted(in: clusters, excluding: Set(waiting.map(\.hold.id)), on: sql)
        var load: [Identifier<Library>: Int] = [:]
        var targeted = 0
        var untargeted = 0
        for entry in waiting {
            guard case .active(let details) = entry.hold.state else { continue }
            let candidates = (entry.cluster.flatMap { shelf[$0] } ?? []).filter { copy in
                !taken.contains(copy.id.rawValue) && details.level.isFilled(by: desk.circulating(copy, rules))
            }
            let choice = choose(details, reader: entry.reader, from: candidates, load: load)
            if let current = details.targetedCopy, current.rawValue == choice?.id.rawValue {
                taken.insert(current.rawValue)
                if let choice { load[choice.libraryID, default: 0] += 1 }
                continue
            }
            let event: HoldEvent
            if let current = details.targetedCopy {
                let missing = CirculatingCopy(
                    id: current, barcode: "", itemType: .book, homeLibrary: details.pickupLibrary, title: nil)
                event = .retarget(missing: missing, replacement: choice.map { desk.circulating($0, rules) })
            } else if let choice {
                event = .targetCopy(desk.circulating(choice, rules))
            } else {
                untargeted += 1
                continue
            }
            let transition = try entry.hold.state.transition(on: event)
            try await CirculationRows.updateHold(entry.hold, to: transition.state, at: at, on: sql)
            if let choice {
                taken.insert(choice.id.rawValue)
                load[choice.libraryID, default: 0] += 1
                targeted += 1
            } else {
                untargeted += 1
            }
        }
        return (targeted, untargeted, waiting.count)
    }

    /// The best copy for a hold, or nil: stall first, then tier, then the branch with least work, then distance.
    func choose(
        _ details: HoldDetails, reader: ReaderCategory, from candidates: [CirculationCopy],
        load: [Identifier<Library>: Int]
    ) -> CirculationCopy? {
        let today = LocalDate(epochSeconds: at, in: rules.calendar(for: details.pickupLibrary).timeZone)
        let stalled = at - details.placedAt < desk.settings.stallSeconds
        let pickupChain = [details.pickupLibrary] + rules.ancestors(of: details.pickupLibrary)
        let usable = candidates.filter { copy in
            guard rules.calendar(for: copy.libraryID).isOpen(on: today) else { return false }
            guard let rule = try? rules.rule(reader, desk.itemType(of: copy), at: copy.libraryCode) else {
                return false
            }
            return rule.policy.loanable && rule.policy.holdsAllowed
                && (!stalled || copy.libraryID == details.pickupLibrary)
        }
        func tier(_ copy: CirculationCopy) -> Int {
            if copy.libraryID == details.pickupLibrary { return 0 }
            let chain = [copy.libraryID] + rules.ancestors(of: copy.libraryID)
            // The nearest shared ancestor: 1 for siblings under one parent, 2 for the same system, and so on.
            guard let shared = pickupChain.firstIndex(where: { chain.contains($0) }) else { return 99 }
            let isRoot = rules.library(id: pickupChain[shared])?.parentID == nil
            return isRoot ? 90 : shared
        }
        return usable.min { a, b in
            let keyA = (
                tier(a), load[a.libraryID, default: 0], rules.distance(a.libraryID, details.pickupLibrary) ?? 1e9
            )
            let keyB = (
                tier(b), load[b.libraryID, default: 0], rules.distance(b.libraryID, details.pickupLibrary) ?? 1e9
            )
            if keyA != keyB { return keyA < keyB }
            return a.id.rawValue < b.id.rawValue
        }
    }

    private func load(_ ids: [Identifier<Hold>]?, on sql: any SQLDatabase) async throws -> [Waiting] {
        var rows: [any SQLRow] = []
        let select = """
            SELECT h.id, h.state, h.cluster_id, r.category FROM circ_hold h JOIN patron_reader r ON r.id = h.reader_id
            """
        if let ids {
            for chunk in ids.map(\.rawValue).chunked(400) {
                rows += try await sql.raw(
                    "\(unsafeRaw: select) WHERE h.status = 'active' AND h.id IN (\(binds: Array(chunk))) ORDER BY h.placed_at, h.id"
                ).all()
            }
        } else {
            rows = try await sql.raw("\(unsafeRaw: select) WHERE h.status = 'active' ORDER BY h.placed_at, h.id").all()
        }
        return try rows.map { row in
            Waiting(
                hold: try CirculationRows.hold(from: row),
                reader: ReaderCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .adult,
                cluster: try RowReader(row).int64("cluster_id"))
        }
    }

    /// Copies of these titles that other waiting holds have already chosen.
    private func alreadyTargeted(in clusters: [Int64], excluding: Set<Identifier<Hold>>, on sql: any SQLDatabase)
        async throws -> Set<Int64>
    {
        var taken: Set<Int64> = []
        for chunk in clusters.chunked(400) {
            let rows = try await sql.raw(
                """
                SELECT id, targeted_copy_id FROM circ_hold
                WHERE status = 'active' AND targeted_copy_id IS NOT NULL AND cluster_id IN (\(binds: Array(chunk)))
                """
            ).all()
            for row in rows where !excluding.contains(Identifier(try row.decode(column: "id", as: Int64.self))) {
                taken.insert(try row.decode(column: "targeted_copy_id", as: Int64.self))
            }
        }
        return taken
    }
}
