import Catalog
import Circulation
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@Suite struct FiftyClientsRacingNeverLendACopyTwice {
    /// 50 readers scan the same five copies at once: each copy is lent exactly once, whoever wins.
    @Test(arguments: TestDatabase.backends)
    func concurrentCheckoutsOfTheSameCopies(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        var cards: [String] = []
        for index in 0..<50 { cards.append(try #require(try await fixture.reader("Racer \(index)").cardNumber)) }
        let barcodes = (0..<5).map { "RACE-\($0)" }
        let desk = fixture.desk
        let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
            for (index, card) in cards.enumerated() {
                group.addTask {
                    let barcode = barcodes[index % barcodes.count]
                    do {
                        _ = try await desk.checkout(card: card, barcode: barcode, library: "GUSU", actor: "race")
                        return (barcode, true)
                    } catch let refusal as CirculationRefusal {
                        #expect(refusal == .alreadyOnLoan(barcode: barcode))
                        return (barcode, false)
                    } catch {
                        Issue.record("unexpected error \(error)")
                        return (barcode, false)
                    }
                }
            }
            var results: [(String, Bool)] = []
            for await result in group { results.append(result) }
            return results
        }
        let wins = Dictionary(grouping: outcomes.filter(\.1), by: \.0).mapValues(\.count)
        #expect(wins == Dictionary(uniqueKeysWithValues: barcodes.map { ($0, 1) }))
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_loan WHERE ended_at IS NULL") == 5)
        await fixture.node.shutdown()
    }

    /// Copies checked in at once by many desks while holds wait: each copy is caught for at most one hold and
    /// no hold gets two copies; each copy has at most one open transit.
    @Test(arguments: TestDatabase.backends)
    func concurrentCheckinsCaptureEachCopyForOneHold(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend, copiesPerTitle: 10)
        let desk = fixture.desk
        let lender = try #require(try await fixture.reader("Lender").cardNumber)
        let barcodes = (0..<10).map { "RACE-\($0)" }
        for barcode in barcodes {
            _ = try await desk.checkout(card: lender, barcode: barcode, library: "GUSU", actor: "s")
        }
        let title = try await fixture.cluster(of: "race")
        for index in 0..<6 {
            let card = try #require(try await fixture.reader("Waiting \(index)", home: "WUZH").cardNumber)
            _ = try await desk.placeHold(HoldPlacement(card: card, target: .title(title)), actor: "s")
        }
        await withTaskGroup(of: Void.self) { group in
            for client in 0..<50 {
                group.addTask {
                    let barcode = barcodes[client % barcodes.count]
                    _ = try? await desk.checkin(
                        barcode: barcode, library: client % 2 == 0 ? "GUSU" : "CEN", actor: "race")
                }
            }
        }
        let captured = try await fixture.count(
            "SELECT COUNT(*) AS n FROM circ_hold WHERE status IN ('in-transit', 'ready-for-pickup')")
        let distinct = try await fixture.count(
            """
            SELECT COUNT(DISTINCT captured_copy_id) AS n FROM circ_hold
            WHERE status IN ('in-transit', 'ready-for-pickup')
            """)
        #expect(captured == 6 && distinct == 6)
        let doubleTransits = try await fixture.count(
            """
            SELECT COUNT(*) AS n FROM (SELECT copy_id FROM circ_transit WHERE status = 'open'
                GROUP BY copy_id HAVING COUNT(*) > 1) t
            """)
        #expect(doubleTransits == 0)
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_loan WHERE ended_at IS NULL") == 0)
        await fixture.node.shutdown()
    }

    /// The rules are the database's: a second open loan, capture or transit written behind the desk's back
    /// is refused by the schema itself.
    @Test(arguments: TestDatabase.backends)
    func theSchemaRefusesASecondOpenLoanCaptureOrTransit(backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let card = try #require(try await fixture.reader("Schema").cardNumber)
        let receipt = try await fixture.desk.checkout(card: card, barcode: "T-GUSU", library: "GUSU", actor: "s")
        let database = fixture.node.database
        let copy = try #require(try await fixture.node.catalog.item(barcode: "T-GUSU")).id.rawValue
        await #expect(throws: (any Error).self) {
            try await database.withConnection { sql in
                try await sql.raw(
                    """
                    INSERT INTO circ_loan (copy_id, reader_id, library_id, status, checked_out_at, due_at, rule_id, state)
                    SELECT copy_id, reader_id, library_id, status, checked_out_at, due_at, rule_id, state
                    FROM circ_loan WHERE id = \(bind: receipt.loan.rawValue)
                    """
                ).run()
            }
        }
        for _ in 0..<2 {
            _ = try? await database.withConnection { sql in
                try await sql.raw(
                    """
                    INSERT INTO circ_transit (copy_id, from_library_id, to_library_id, reason, status, opened_at, state)
                    SELECT \(bind: copy), id, id, 'return-home', 'open', 0, '{}' FROM org_library WHERE code = 'GUSU'
                    """
                ).run()
            }
        }
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_transit WHERE status = 'open'") == 1)
        #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_loan WHERE ended_at IS NULL") == 1)
        await fixture.node.shutdown()
    }
}
