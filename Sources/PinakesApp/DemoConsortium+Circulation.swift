import Accounts
import Catalog
import Circulation
import Consortium
import Foundation
import PinakesCore

extension DemoConsortium {
    private static let actor = "demo"

    /// Whether the demo's readers are registered (a data directory made by an older demo has none).
    public func hasReaders(on node: PinakesNode) async -> Bool {
        guard let first = readers.first else { return true }
        return (try? await node.circulation.readers.reader(card: first.card)) != nil
    }

    /// Sets up circulation the way a consortium would, through the desk: the bundled loan policy, calendars,
    /// readers of every category, loans (some overdue), a fine, transits in flight and holds for pickup at the
    /// rural library and the bookmobile.
    public func installCirculation(on node: PinakesNode, log: (String) -> Void) async throws {
        let desk = node.circulation
        try await desk.policies.saveMatrix(try PolicyMatrix.bundledDefault(), actor: Self.actor)
        try await saveCalendars(desk)
        let profiles = try await registerReaders(on: node)
        var shelf = try await DemoShelf.load(node.database)
        let now = desk.clock.epochSeconds
        let past = CirculationDesk(
            database: node.database, clock: .fixed(Date(timeIntervalSince1970: TimeInterval(now - 70 * 86_400))),
            settings: desk.settings)
        // Loans taken out 70 days ago are overdue under every category's rule; an adult's (seniors pay no fines)
        // comes back today with a fine.
        var overdue: [String] = []
        for (index, count) in [(2, 1), (4, 1), (7, 1), (12, 1), (10, 2)] {
            overdue += try await lend(readers[index], count: count, from: &shelf, desk: past)
        }
        if let returned = overdue.last {
            _ = try await desk.checkin(barcode: returned, library: "CEN", actor: Self.actor)
        }
        var current: [String] = []
        for (index, count) in [(0, 3), (1, 1), (5, 1), (6, 1), (14, 2), (17, 1)] {
            current += try await lend(readers[index], count: count, from: &shelf, desk: desk)
        }
        let transits = try await startTransits(&shelf, desk: desk)
        let holds = try await placeHolds(on: current, desk: desk)
        log(
            "Registered \(profiles) readers; \(overdue.count - 1) overdue and \(current.count) current loans, "
                + "\(transits) transits in flight, \(holds) holds")
    }

    private func saveCalendars(_ desk: CirculationDesk) async throws {
        let rules = try await desk.policies.rules()
        let zone = desk.settings.timeZone
        let springFestival = [
            ("2027-02-05", "2027-02-11"), ("2028-01-25", "2028-01-31"),
        ].compactMap { from, through in
            LocalDate(from).flatMap { start in
                LocalDate(through).map { Closure(name: "春节 Spring Festival", from: start, through: $0) }
            }
        }
        let everyDay = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, Self.hours(9, 17)) })
        var central = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, Self.hours(9, 21)) })
        central[.monday] = nil  // the central library closes on Mondays
        var rural = everyDay
        rural[.sunday] = nil
        rural[.monday] = nil
        let calendars: [(String, LibraryCalendar)] = [
            ("CEN", LibraryCalendar(timeZone: zone, weeklyHours: central, closures: springFestival)),
            ("GUSU", LibraryCalendar(timeZone: zone, weeklyHours: everyDay, closures: springFestival)),
            ("TONGLI", LibraryCalendar(timeZone: zone, weeklyHours: rural, closures: springFestival)),
            (
                "BM1",
                LibraryCalendar(
                    timeZone: zone, weeklyHours: [.wednesday: Self.hours(10, 16), .saturday: Self.hours(10, 16)],
                    closures: springFestival)
            ),
        ]
        for (code, calendar) in calendars {
            try await desk.policies.saveCalendar(calendar, for: try rules.library(code: code).id, actor: Self.actor)
        }
    }

    private static func hours(_ opens: Int, _ closes: Int) -> [OpeningPeriod] {
        guard let from = TimeOfDay(hour: opens), let to = TimeOfDay(hour: closes) else { return [] }
        return [OpeningPeriod(opens: from, closes: to)]
    }

    private func registerReaders(on node: PinakesNode) async throws -> Int {
        let registry = node.circulation.readers
        let today = LocalDate(epochSeconds: node.clock.epochSeconds, in: node.circulation.settings.timeZone)
        for entry in readers {
            guard let category = ReaderCategory(rawValue: entry.category) else {
                throw PinakesError.invalidInput(
                    "demo.json: reader \(entry.card) has unknown category \(entry.category)")
            }
            let new = NewReader(
                name: entry.name, category: category, homeLibrary: entry.library,
                email: "reader\(entry.card.suffix(3))@example.org", cardNumber: entry.card,
                validThrough: entry.state == "expired" ? today.adding(days: -30) : nil, pin: entry.pin,
                keepHistory: entry.login != nil)
            let profile = try await registry.register(
                new, via: entry.state == "pending" ? .online : .desk, actor: Self.actor)
            if entry.state == "blocked" {
                _ = try await registry.block(
                    profile.id, kind: .manual, note: "Demo: a damaged book to discuss at the desk", actor: Self.actor)
            }
            if let login = entry.login, let account = accounts.first(where: { $0.username == login }),
                let principal = try await node.accounts.authenticate(
                    username: account.username, password: account.password)
            {
                _ = try await registry.attachAccount(profile.id, account: principal.userID.rawValue, actor: Self.actor)
            }
        }
        return readers.count
    }

    /// Lends `count` copies from the reader's home library, at that library.
    private func lend(_ reader: ReaderEntry, count: Int, from shelf: inout DemoShelf, desk: CirculationDesk)
        async throws -> [String]
    {
        var lent: [String] = []
        for _ in 0..<count {
            guard let barcode = shelf.take(from: reader.library) else { break }
            _ = try await desk.checkout(card: reader.card, barcode: barcode, library: reader.library, actor: Self.actor)
            lent.append(barcode)
        }
        return lent
    }

    /// Copies lent at home and handed back elsewhere: on their way home now.
    private func startTransits(_ shelf: inout DemoShelf, desk: CirculationDesk) async throws -> Int {
        var started = 0
        for (reader, home, returnedAt) in [
            (20, "CEN", "GUSU"), (20, "CEN", "SIP"), (27, "TONGLI", "WUJ"), (11, "BM1", "CEN"),
        ] {
            guard let barcode = shelf.take(from: home) else { continue }
            _ = try await desk.checkout(card: readers[reader].card, barcode: barcode, library: home, actor: Self.actor)
            let receipt = try await desk.checkin(barcode: barcode, library: returnedAt, actor: Self.actor)
            if case .transit = receipt.outcome { started += 1 }
        }
        return started
    }

    /// Title-level holds on titles now on loan, for pickup at the rural library and the bookmobile.
    private func placeHolds(on lent: [String], desk: CirculationDesk) async throws -> Int {
        var placed = 0
        for (index, (reader, pickup)) in [(17, "TONGLI"), (8, "BM1"), (27, "TONGLI"), (18, "BM1")].enumerated() {
            guard index < lent.count,
                let cluster = try await desk.database.withConnection({ sql in
                    try await CatalogStore.circulationCopy(barcode: lent[index], on: sql)?.clusterID
                })
            else { continue }
            _ = try await desk.placeHold(
                HoldPlacement(card: readers[reader].card, target: .title(cluster), pickupLibrary: pickup),
                actor: Self.actor)
            placed += 1
        }
        return placed
    }
}
