import Catalog
import Circulation
import Consortium
import Foundation
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct TheTargeterPicksTheNearestOpenUntargetedCopy {
    @Test(arguments: TestDatabase.backends)
    func pickupLibraryFirstThenSiblingsAndNeverTheSameCopyTwice(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let title = try await fixture.cluster(of: "three")
        var targets: [String] = []
        for (index, home) in ["WUZH", "WUZH", "WUZH"].enumerated() {
            let card = try #require(try await fixture.reader("Reader \(index)", home: home).cardNumber)
            _ = try await fixture.desk.placeHold(HoldPlacement(card: card, target: .title(title)), actor: "s")
            targets = try await pulled(fixture)
        }
        // First the pickup library's own copy, then the sibling branch's and the central library's.
        #expect(Set(targets) == ["T-WUZH@WUZH", "T-GUSU@GUSU", "T-CEN@CEN"])
        let first = try await fixture.desk.pullList(library: "WUZH")
        #expect(first.map(\.barcode) == ["T-WUZH"])
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aClosedLibraryIsSkippedAndAMissingCopyIsReplaced(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let closed = try await fixture.node.libraries.require(code: "WUZH")
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let today = LocalDate(epochSeconds: fixture.node.clock.epochSeconds, in: zone)
        try await fixture.desk.policies.saveCalendar(
            LibraryCalendar(
                timeZone: zone, weeklyHours: [:], closures: [Closure(name: "move", from: today, through: today)]),
            for: closed.id, actor: "admin")
        let title = try await fixture.cluster(of: "three")
        let card = try #require(try await fixture.reader("Closed pickup", home: "WUZH").cardNumber)
        _ = try await fixture.desk.placeHold(HoldPlacement(card: card, target: .title(title)), actor: "s")
        #expect(try await fixture.desk.pullList(library: "WUZH").isEmpty)
        // The parent library and the sibling branch are one tier; the nearer one is pulled first.
        let first = try await pulled(fixture)
        #expect(first.count == 1 && !first.contains("T-WUZH@WUZH"))
        let barcode = String(try #require(first.first).split(separator: "@")[0])
        try await fixture.desk.reportMissing(barcode: barcode, actor: "staff")
        #expect(try await fixture.status(barcode) == "missing")
        let second = try await pulled(fixture)
        #expect(second.count == 1 && !second.contains("T-WUZH@WUZH") && second != first)
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func holdsSpreadOverBranchesOfOneTier(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend, copiesPerTitle: 5)
        // Two more copies of "three" at GUSU, so GUSU has more copies than WUZH and CEN.
        let title = try await fixture.cluster(of: "three")
        for index in 0..<2 {
            let card = try #require(try await fixture.reader("Bookmobile \(index)", home: "BM1").cardNumber)
            _ = try await fixture.desk.placeHold(HoldPlacement(card: card, target: .title(title)), actor: "s")
        }
        let targets = try await pulled(fixture)
        // Two holds, two different branches: the load is spread rather than both pulled from one.
        #expect(Set(targets.map { $0.split(separator: "@")[1] }).count == 2)
        await fixture.node.shutdown()
    }

    /// Each pulled copy as `barcode@library`.
    func pulled(_ fixture: CirculationFixture) async throws -> [String] {
        var all: [String] = []
        for code in ["CEN", "GUSU", "WUZH", "BM1", "TONGLI"] {
            all += try await fixture.desk.pullList(library: code).map { "\($0.barcode)@\(code)" }
        }
        return all
    }
}

@Suite struct HoldsExpireSuspendAndQueue {
    @Test(arguments: TestDatabase.backends)
    func anUncollectedCopyGoesToTheNextReaderAndBothAreTold(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let desk = fixture.desk
        let title = try await fixture.cluster(of: "only-cen")
        let first = try await fixture.reader("First in line", home: "CEN", email: "first@example.org")
        let second = try await fixture.reader("Second in line", home: "CEN", email: "second@example.org")
        let hold1 = try await desk.placeHold(
            HoldPlacement(card: first.cardNumber!, target: .title(title)), actor: "s")
        let hold2 = try await desk.placeHold(
            HoldPlacement(card: second.cardNumber!, target: .title(title)), actor: "s")
        #expect(hold1.queuePosition == 1 && hold2.queuePosition == 2)
        _ = try await desk.checkin(barcode: "C-1", library: "CEN", actor: "s")
        #expect(try await desk.holdShelf(library: "CEN").map(\.readerName) == ["First in line"])
        fixture.time.advance(days: 10)
        let expiry = try await desk.runHoldExpiry()
        #expect(expiry.changed == 1)
        #expect(try await desk.holdShelf(library: "CEN").map(\.readerName) == ["Second in line"])
        let kinds = try await fixture.count(
            "SELECT COUNT(*) AS n FROM circ_notice WHERE kind IN ('hold-ready', 'hold-expired')")
        #expect(kinds == 3)  // ready for the first, expired for the first, ready for the second
        #expect(try await desk.runHoldExpiry().changed == 0)

        let relay = try TestRelay()
        let post = NoticePost(
            database: fixture.node.database, relay: relay.relay,
            sender: try MailAddressFactory.sender(), clock: fixture.node.clock)
        let delivery = try await post.deliverPending()
        #expect(delivery.sent == 3 && delivery.failed == 0)
        #expect(try await post.deliverPending().sent == 0)  // never twice
        let messages = try relay.messages()
        #expect(messages.count == 3)
        #expect(messages.contains { decoded($0.text).subject.contains("预约到馆") && $0.to == ["second@example.org"] })
        relay.stop()
        let account = try await desk.account(of: second.id)
        #expect(account.notices.first?.status == "sent")
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aSuspendedHoldIsPassedOverAndCancellingReleasesTheCopy(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let desk = fixture.desk
        let title = try await fixture.cluster(of: "only-cen")
        let away = try await fixture.reader("Away", home: "CEN")
        let here = try await fixture.reader("Here", home: "GUSU")
        let suspended = try await desk.placeHold(
            HoldPlacement(card: away.cardNumber!, target: .title(title)), actor: "s")
        _ = try await desk.suspendHold(suspended.hold, until: nil, reader: away.id, actor: "reader")
        let waiting = try await desk.placeHold(HoldPlacement(card: here.cardNumber!, target: .title(title)), actor: "s")
        await #expect(throws: CirculationRefusal.notYourLoan) {
            _ = try await desk.cancelHold(waiting.hold, reader: away.id, actor: "reader")
        }
        let caught = try await desk.checkin(barcode: "C-1", library: "CEN", actor: "s")
        guard case .transit(_, "GUSU", .hold, waiting.hold) = caught.outcome else {
            Issue.record("expected transit to GUSU for the waiting hold, got \(caught.outcome)")
            return
        }
        // Cancelled on the way: the copy arrives and, nobody else waiting, goes home.
        _ = try await desk.cancelHold(waiting.hold, reader: here.id, actor: "reader")
        let arrival = try await desk.checkin(barcode: "C-1", library: "GUSU", actor: "s")
        guard case .transit(_, "CEN", .returnHome, _) = arrival.outcome else {
            Issue.record("expected a transit home, got \(arrival.outcome)")
            return
        }
        _ = try await desk.resumeHold(suspended.hold, reader: away.id, actor: "reader")
        let home = try await desk.checkin(barcode: "C-1", library: "CEN", actor: "s")
        guard case .holdShelf(suspended.hold, "Away", _, _) = home.outcome else {
            Issue.record("expected the hold shelf for the resumed hold, got \(home.outcome)")
            return
        }
        await fixture.node.shutdown()
    }
}

@Suite struct ACopyLevelHoldTargetsItsCopy {
    @Test(arguments: TestDatabase.backends)
    func theRequestedCopyIsOnItsLibrarysPullList(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let card = try #require(try await fixture.reader("Rural reader", home: "TONGLI").cardNumber)
        let hold = try await fixture.desk.placeHold(
            HoldPlacement(card: card, target: .copy(barcode: "T-CEN"), pickupLibrary: "TONGLI"), actor: "s")
        #expect(hold.queuePosition == 1)
        #expect(try await fixture.desk.pullList(library: "CEN").map(\.barcode) == ["T-CEN"])
        await fixture.node.shutdown()
    }
}
