import Circulation
import Consortium
import Foundation
import ISO18626
import Logging
import PinakesApp
import PinakesCore
import SQLKit
import Sharing

/// The time to build a rota over 1,000 candidate holders: the ranking alone (`LenderSelection.rota` on synthetic
/// candidates), and `SharingDesk.buildRota` on a node whose peers directory holds 1,000 peers without catalogue
/// URLs (so no peer is asked over the network), which also reads the directory and a year of the ledger.
enum SharingRotaTimings {
    /// Median and p99 of `runs` rankings, without and with the sentences `approve` stores for every entry.
    static func ranking(candidates count: Int, runs: Int) -> [String] {
        let candidates = SharingCandidates.make(count)
        let plain = times(runs) { LenderSelection.rota(for: candidates, service: .loan).entries.count }
        let explained = times(runs) {
            LenderSelection.rota(for: candidates, service: .loan).entries.reduce(0) { $0 + $1.reasons.count }
        }
        let rota = LenderSelection.rota(for: candidates, service: .loan)
        return [
            "  LenderSelection.rota, \(count) synthetic candidates (\(rota.entries.count) ranked, "
                + "\(rota.excluded.count) left out), \(runs) runs",
            String(
                format: "    ranking only                     median %7.3f ms   p99 %7.3f ms", plain.median, plain.p99),
            String(
                format: "    ranking + every entry's reasons  median %7.3f ms   p99 %7.3f ms", explained.median,
                explained.p99),
        ]
    }

    /// `SharingDesk.buildRota` for one request on a node with `peers` peers and `ledgerRows` ledger bookings.
    static func directory(_ databases: SharingDatabases, peers count: Int, ledgerRows: Int, runs: Int) async throws
        -> [String]
    {
        var logger = Logger(label: "pinakes")
        logger.logLevel = .error
        let node = try await PinakesNode.open(try await databases.fresh("rota"), bcryptCost: 4, logger: logger)
        defer { Task { await node.shutdown() } }
        let began = ContinuousClock.now
        let record = try await setUp(node, peers: count, ledgerRows: ledgerRows)
        let setup = (ContinuousClock.now - began).seconds
        let desk = node.sharing
        _ = try await desk.buildRota(for: record)
        var builds: [Double] = []
        var ranked = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            ranked = try await desk.buildRota(for: record).entries.count
            builds.append((ContinuousClock.now - start).seconds * 1000)
        }
        var reads: [Double] = []
        var ledger: [Double] = []
        for _ in 0..<max(1, runs / 2) {
            var start = ContinuousClock.now
            _ = try await desk.directory.peers()
            reads.append((ContinuousClock.now - start).seconds * 1000)
            start = ContinuousClock.now
            _ = try await desk.ledgerEntries(
                from: Date().addingTimeInterval(-365 * 86_400), to: Date().addingTimeInterval(86_400))
            ledger.append((ContinuousClock.now - start).seconds * 1000)
        }
        let build = SharingTimes(builds)
        let read = SharingTimes(reads)
        let booked = SharingTimes(ledger)
        await node.shutdown()
        return [
            "  SharingDesk.buildRota on \(databases.label), \(count) peers in the directory (no catalogue URLs), "
                + "\(ledgerRows) ledger bookings, \(ranked) ranked (set up in \(String(format: "%.1f", setup)) s), "
                + "\(runs) runs",
            String(
                format: "    buildRota                        median %7.2f ms   p99 %7.2f ms", build.median, build.p99),
            String(
                format: "    of which reading the directory   median %7.2f ms   p99 %7.2f ms", read.median, read.p99),
            String(
                format: "    of which reading the ledger      median %7.2f ms   p99 %7.2f ms", booked.median, booked.p99
            ),
        ]
    }

    /// The library tree, the agency id, `peers` peers from the synthetic candidates, one borrowing request
    /// waiting for review, and ledger bookings among the peers over the last 300 days.
    private static func setUp(_ node: PinakesNode, peers count: Int, ledgerRows: Int) async throws -> ILLRequestRecord {
        _ = try await node.libraries.add(
            NewLibrary(code: "BJ", name: "Beijing libraries", type: .consortium, latitude: 39.9, longitude: 116.4),
            actor: "bench")
        _ = try await node.libraries.add(
            NewLibrary(
                code: "BJCEN", name: "Beijing central library", type: .central, parentCode: "BJ", latitude: 39.9,
                longitude: 116.4),
            actor: "bench")
        let own = AgencyID(value: "CN-BJ")
        _ = try await node.sharing.directory.addOwnAgency(own, library: "BJ", actor: "bench")
        try await node.sharing.directory.saveSettings(SharingSettings(autoApprove: false), actor: "bench")
        let peers = SharingCandidates.make(count).enumerated().map { peer(from: $0.element, seed: $0.offset) }
        for peer in peers { try await node.sharing.directory.save(peer, actor: "bench") }
        let reader = try await node.circulation.readers.register(
            NewReader(name: "Rota reader", category: .adult, homeLibrary: "BJCEN", cardNumber: "BJ000001"),
            via: .desk, actor: "bench")
        let record = try await node.sharing.submit(
            BorrowingForm(service: .loan, title: "A title held everywhere", isbn: CirculationSetup.isbn(777_777)),
            reader: reader, actor: "bench")
        try await book(node, ledgerRows, among: peers.map(\.agency.description), own: own.description, record: record)
        return record
    }

    /// A directory entry with the candidate's terms and a place in China (one in twenty without coordinates).
    private static func peer(from candidate: LenderCandidate, seed: Int) -> Peer {
        var random = SharingRandom(UInt64(seed) &+ 7)
        let located = random.below(20) != 0
        return Peer(
            agency: candidate.agency, name: candidate.name, endpoint: "http://127.0.0.1:9/iso18626",
            services: candidate.services,
            tariff: candidate.cost.map { LedgerTariff(currency: $0.currency, loanFeeCents: $0.cents) },
            turnaroundDays: candidate.turnaroundDays, answerHours: candidate.answerDeadlineHours ?? 48,
            closedWeekdays: candidate.isClosedToday ? [1, 2, 3, 4, 5, 6, 7] : [],
            latitude: located ? 20 + random.unit() * 25 : nil, longitude: located ? 100 + random.unit() * 22 : nil,
            suspended: candidate.isSuspended)
    }

    /// Loans between the peers and with us, booked straight into `ill_ledger` (a seeding shortcut: the desk books
    /// only requests it handled), all against the one request so the foreign key holds.
    private static func book(
        _ node: PinakesNode, _ rows: Int, among agencies: [String], own: String, record: ILLRequestRecord
    ) async throws {
        var random = SharingRandom(42)
        let now = Int64(Date().timeIntervalSince1970)
        let bookings: [(String, String, Int64)] = (0..<rows).map { k in
            let lender = agencies[random.below(agencies.count)]
            var borrower = k % 3 == 0 ? own : agencies[random.below(agencies.count)]
            if borrower == lender { borrower = own }
            return (lender, borrower, now - Int64(random.below(300 * 86_400)))
        }
        try await node.database.transaction { sql in
            for (k, booking) in bookings.enumerated() {
                try await sql.raw(
                    """
                    INSERT INTO ill_ledger (request_id, requesting_request_id, booked_at, lender, borrower,
                        member_library_id, service, kind, amount_cents, currency, description)
                    VALUES (\(bind: record.id), \(bind: "BENCH-\(k)"), \(bind: booking.2), \(bind: booking.0),
                        \(bind: booking.1), \(bind: record.libraryID), 'Loan', 'loanFee', 800, 'CNY', 'bench')
                    """
                ).run()
            }
        }
    }

    /// Milliseconds of each of `runs` calls, after three unmeasured ones.
    private static func times(_ runs: Int, _ body: () -> Int) -> SharingTimes {
        var sink = 0
        for _ in 0..<3 { sink &+= body() }
        var values: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            sink &+= body()
            values.append((ContinuousClock.now - start).seconds * 1000)
        }
        if sink == -1 { print(sink) }
        return SharingTimes(values)
    }
}

/// Median and p99 of a list of times in milliseconds.
struct SharingTimes {
    var median: Double
    var p99: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        func at(_ p: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        median = at(0.5)
        p99 = at(0.99)
    }
}
