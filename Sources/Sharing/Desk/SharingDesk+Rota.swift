import Consortium
import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// The rota for a borrowing request: every peer in the directory that offers the service, ranked by live
    /// availability (asked of each peer's catalogue), fairness from the ledger, distance, cost and turnaround.
    public func buildRota(for record: ILLRequestRecord) async throws -> Rota {
        let request = try record.request()
        let peers = try await directory.peers()
        let pickup = try await libraries.all().first { $0.id.rawValue == record.libraryID }
        let since = clock.epochSeconds - 365 * 86_400
        let tally = try await database.withConnection { sql in try await LedgerRows.fairness(since: since, on: sql) }
        let service = request.serviceInfo?.serviceType ?? .loan
        let pages = BorrowingForm(pages: request.bibliographicInfo.pagesRequested).pageCount
        let availability = await withTaskGroup(of: (Int, (Int, Int)?).self) { group in
            for (index, peer) in peers.enumerated() {
                group.addTask { (index, await self.availability(of: request.bibliographicInfo, at: peer)) }
            }
            var found: [Int: (Int, Int)] = [:]
            for await (index, counts) in group { if let counts { found[index] = counts } }
            return found
        }
        let candidates = peers.enumerated().map { index, peer in
            candidate(
                peer, counts: availability[index], tally: tally, pickup: pickup, service: service, pages: pages)
        }
        return LenderSelection.rota(for: candidates, service: service)
    }

    private func candidate(
        _ peer: Peer, counts: (Int, Int)?, tally: FairnessTally, pickup: Library?, service: ServiceType, pages: Int?
    ) -> LenderCandidate {
        let fairness = tally.count(for: peer.agency)
        let charges = peer.tariff?.charges(service: service == .copy ? .copy : .loan, pages: pages, returned: true)
        return LenderCandidate(
            agency: peer.agency, name: peer.name, holdingsCount: counts?.0 ?? 1, availableCopies: counts?.1 ?? 0,
            lentCount: fairness.lent, borrowedCount: fairness.borrowed,
            distanceKm: Self.distance(pickup, peer),
            cost: charges.map { list in
                ServiceCost(cents: list.reduce(0) { $0 + $1.amountCents }, currency: peer.tariff?.currency ?? "CNY")
            },
            turnaroundDays: peer.turnaroundDays, services: peer.services, isClosedToday: isClosedToday(peer),
            isSuspended: peer.suspended, answerDeadlineHours: peer.answerHours)
    }

    /// Copies held and on the shelf at the peer, from its catalogue's search API (nil when it cannot tell).
    func availability(of info: BibliographicInfo, at peer: Peer) async -> (Int, Int)? {
        guard let base = peer.catalogue?.trimmingCharacters(in: CharacterSet(charactersIn: "/")), !base.isEmpty
        else { return nil }
        let number = info.bibliographicItemIDs.first { ["ISBN", "ISSN"].contains($0.code.value.uppercased()) }
        let query: String
        if let number {
            query = "isbn:\(number.identifier)"
        } else if let title = info.title {
            query = "title:\"\(title.replacingOccurrences(of: "\"", with: " "))\""
        } else {
            return nil
        }
        var components = URLComponents(string: base + "/api/v1/search")
        components?.queryItems = [
            URLQueryItem(name: "q", value: query), URLQueryItem(name: "limit", value: "3"),
            URLQueryItem(name: "facets", value: "false"),
        ]
        guard let url = components?.url?.absoluteString,
            let answer = try? await transport.fetch(url, token: peer.outgoingToken, maximumBytes: 4 << 20),
            let found = try? JSONDecoder().decode(PeerSearchAnswer.self, from: Data(answer.bytes))
        else { return nil }
        let holdings = found.results.first?.holdings ?? []
        return (holdings.reduce(0) { $0 + $1.total }, holdings.reduce(0) { $0 + $1.available })
    }

    /// Whether today is a closed day where the peer is.
    func isClosedToday(_ peer: Peer) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: peer.timeZone) ?? .current
        let weekday = calendar.component(.weekday, from: clock.now)
        let isoWeekday = weekday == 1 ? 7 : weekday - 1
        let parts = calendar.dateComponents([.year, .month, .day], from: clock.now)
        let today = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return peer.closedWeekdays.contains(isoWeekday) || peer.closedDates.contains(today)
    }

    /// Great-circle kilometres between our pickup library and the peer, when both have coordinates.
    static func distance(_ library: Library?, _ peer: Peer) -> Double? {
        guard let lat1 = library?.latitude, let lon1 = library?.longitude, let lat2 = peer.latitude,
            let lon2 = peer.longitude
        else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a =
            sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 6371 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

/// The part of a Pinakes search answer the rota reads.
struct PeerSearchAnswer: Decodable {
    struct Result: Decodable { var holdings: [Holding] }
    struct Holding: Decodable {
        var total: Int
        var available: Int
    }
    var results: [Result]
}
