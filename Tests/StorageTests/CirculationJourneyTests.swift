import Catalog
import Circulation
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct ABookTravelsFromTheCentralLibraryToARuralReaderAndHome {
    /// The issue's "done when": a rural reader asks for a book held only at the central library; the copy
    /// travels, the reader is told, borrows it at their branch, returns it at a bookmobile stop, and it goes home.
    @Test(arguments: TestDatabase.backends)
    func ruralHoldTransitPickupReturnAtBookmobileGoesHome(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let desk = fixture.desk
        let reader = try await fixture.reader("王小明 Wang Xiaoming", home: "TONGLI", email: "wang@example.org")
        let card = try #require(reader.cardNumber)
        let title = try await fixture.cluster(of: "only-cen")

        let hold = try await desk.placeHold(HoldPlacement(card: card, target: .title(title)), actor: "reader")
        #expect(hold.pickupLibrary == "TONGLI" && hold.status == .active && hold.queuePosition == 1)
        let pull = try await desk.pullList(library: "CEN")
        #expect(pull.map(\.barcode) == ["C-1"])

        let capture = try await desk.checkin(barcode: "C-1", library: "CEN", actor: "cen-staff")
        guard case .transit(_, let to, let reason, let forHold) = capture.outcome else {
            Issue.record("expected a transit, got \(capture.outcome)")
            return
        }
        #expect(to == "TONGLI" && reason == .hold && forHold == hold.hold)
        #expect(try await fixture.status("C-1") == "in-transit")
        #expect(try await desk.transits(to: "TONGLI").map(\.barcode) == ["C-1"])

        fixture.time.advance(days: 1)
        let arrival = try await desk.checkin(barcode: "C-1", library: "TONGLI", actor: "tongli-staff")
        guard case .holdShelf(let shelved, _, let shelfCard, _) = arrival.outcome else {
            Issue.record("expected the hold shelf, got \(arrival.outcome)")
            return
        }
        #expect(shelved == hold.hold && shelfCard == card)
        #expect(try await desk.holdShelf(library: "TONGLI").map(\.barcode) == ["C-1"])
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_notice WHERE kind = 'hold-ready'") == 1)

        let loan = try await desk.checkout(card: card, barcode: "C-1", library: "TONGLI", actor: "tongli-staff")
        #expect(loan.fulfilledHold == hold.hold)
        #expect(try await desk.account(of: reader.id).holds.isEmpty)

        fixture.time.advance(days: 5)
        let returned = try await desk.checkin(barcode: "C-1", library: "BM1", actor: "bookmobile")
        guard case .transit(_, let home, .returnHome, nil) = returned.outcome else {
            Issue.record("expected a transit home, got \(returned.outcome)")
            return
        }
        #expect(home == "CEN" && returned.fineCents == 0)
        let back = try await desk.checkin(barcode: "C-1", library: "CEN", actor: "cen-staff")
        #expect(back.outcome == .reshelve(library: "CEN", floatingGroup: nil))
        #expect(try await fixture.status("C-1") == "available")
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_transit WHERE status = 'open'") == 0)
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aFloatingCopyStaysWhereItIsReturnedInsideItsGroup(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        var matrix = try PolicyMatrix.bundledDefault()
        matrix.groups = [LibraryGroup(name: "city", libraries: ["GUSU", "WUZH"], floats: ["book"])]
        matrix.rules.removeAll { $0.scope != .consortium }
        try await fixture.desk.policies.saveMatrix(matrix, actor: "admin")
        let card = try #require(try await fixture.reader("Floater").cardNumber)
        _ = try await fixture.desk.checkout(card: card, barcode: "T-GUSU", library: "GUSU", actor: "s")
        let receipt = try await fixture.desk.checkin(barcode: "T-GUSU", library: "WUZH", actor: "s")
        #expect(receipt.outcome == .reshelve(library: "WUZH", floatingGroup: "city"))
        let copy = try #require(try await fixture.node.catalog.item(barcode: "T-GUSU"))
        #expect(copy.libraryCode == "WUZH" && copy.status == .available)
        // The central library is not in the group: its copy goes home.
        _ = try await fixture.desk.checkout(card: card, barcode: "T-CEN", library: "CEN", actor: "s")
        let home = try await fixture.desk.checkin(barcode: "T-CEN", library: "WUZH", actor: "s")
        guard case .transit(_, "CEN", .returnHome, _) = home.outcome else {
            Issue.record("expected a transit home, got \(home.outcome)")
            return
        }
        await fixture.node.shutdown()
    }
}

@Suite struct RenewalsFinesAndNotices {
    @Test(arguments: TestDatabase.backends)
    func renewalIsRefusedWhileAnotherReaderWaits(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let first = try #require(try await fixture.reader("First").cardNumber)
        let second = try #require(try await fixture.reader("Second").cardNumber)
        let loan = try await fixture.desk.checkout(card: first, barcode: "C-1", library: "CEN", actor: "s")
        let renewed = try await fixture.desk.renew(barcode: "C-1", reader: nil, actor: "s")
        #expect(renewed.renewals == 1 && renewed.dueAt >= loan.dueAt)
        _ = try await fixture.desk.placeHold(
            HoldPlacement(card: second, target: .title(try await fixture.cluster(of: "only-cen"))), actor: "s")
        await #expect(throws: CirculationRefusal.requestedByAnotherReader(barcode: "C-1")) {
            _ = try await fixture.desk.renew(barcode: "C-1", reader: nil, actor: "s")
        }
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func anOverdueReturnIsFinedAndPaymentsSettleTheOldestFirst(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let reader = try await fixture.reader("Late reader", email: "late@example.org")
        let card = try #require(reader.cardNumber)
        _ = try await fixture.desk.checkout(card: card, barcode: "T-GUSU", library: "GUSU", actor: "s")
        fixture.time.advance(days: 29)
        let notices = try await fixture.desk.runNotices()
        #expect(notices.changed == 1)
        #expect(try await fixture.desk.runNotices().changed == 0)  // never twice for one due date
        fixture.time.advance(days: 11)
        #expect(try await fixture.desk.runNotices().changed == 1)  // overdue
        let receipt = try await fixture.desk.checkin(barcode: "T-GUSU", library: "GUSU", actor: "s")
        #expect(receipt.wasOverdue && receipt.fineCents > 0)
        let owed = try await fixture.desk.account(of: reader.id).reader.owedCents
        #expect(owed == receipt.fineCents)
        await #expect(throws: CirculationRefusal.invalidAmount) {
            _ = try await fixture.desk.pay(reader: reader.id, amountCents: owed + 1, library: "GUSU", actor: "s")
        }
        let payment = try await fixture.desk.pay(reader: reader.id, amountCents: owed, library: "GUSU", actor: "s")
        #expect(payment.owedAfterCents == 0 && payment.receiptNumber.hasPrefix("R"))
        #expect(try await fixture.desk.account(of: reader.id).reader.owedCents == 0)
        await fixture.node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func refusalsChangeNothing(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let reader = try await fixture.reader("Blocked reader")
        let card = try #require(reader.cardNumber)
        let events = try await fixture.count("SELECT COUNT(*) AS n FROM circ_event")
        await #expect(throws: CirculationRefusal.unknownItem(barcode: "NOPE")) {
            _ = try await fixture.desk.checkout(card: card, barcode: "NOPE", library: "GUSU", actor: "s")
        }
        await #expect(throws: CirculationRefusal.unknownCard("D-NONE")) {
            _ = try await fixture.desk.checkout(card: "D-NONE", barcode: "T-GUSU", library: "GUSU", actor: "s")
        }
        await #expect(throws: CirculationRefusal.notOnLoan) {
            _ = try await fixture.desk.checkin(barcode: "T-GUSU", library: "GUSU", actor: "s")
        }
        _ = try await fixture.desk.readers.block(reader.id, kind: .manual, note: "test", actor: "s")
        await #expect(throws: CirculationRefusal.cardBlocked(.manual)) {
            _ = try await fixture.desk.checkout(card: card, barcode: "T-GUSU", library: "GUSU", actor: "s")
        }
        let replaced = try await fixture.desk.readers.replaceCard(reader.id, lost: true, actor: "s")
        #expect(replaced.cardNumber != card)
        await #expect(throws: CirculationRefusal.cardReplaced(card)) {
            _ = try await fixture.desk.checkout(card: card, barcode: "T-GUSU", library: "GUSU", actor: "s")
        }
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_event") == events)
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_loan") == 0)
        #expect(try await fixture.status("T-GUSU") == "available")
        await fixture.node.shutdown()
    }
}
