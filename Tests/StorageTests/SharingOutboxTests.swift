import Circulation
import Foundation
import ISO18626
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@testable import Sharing

/// What `body` gave: its value or its error (for racing several calls with `async let`).
func attempt<T: Sendable>(_ body: @Sendable () async throws -> T) async -> Result<T, any Error> {
    do { return .success(try await body()) } catch { return .failure(error) }
}

/// The outbox row of request `id`'s message to `agency`.
struct OutboxRow: Equatable {
    var status: String
    var attempts: Int64
    var nextAttemptAt: Int64?

    static func of(_ id: Int64, to agency: AgencyID, at node: SharingNode) async throws -> OutboxRow? {
        try await node.database.withConnection { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT status, attempts, next_attempt_at FROM ill_message
                    WHERE direction = 'out' AND request_id = \(bind: id) AND to_agency = \(bind: agency.description)
                    ORDER BY id LIMIT 1
                    """
                ).first()
            else { return nil }
            return OutboxRow(
                status: try row.decode(column: "status", as: String.self),
                attempts: try row.decode(column: "attempts", as: Int64.self),
                nextAttemptAt: try row.decode(column: "next_attempt_at", as: Int64?.self))
        }
    }
}

@Suite struct AnUnreachablePeerIsRetriedWithBackOff {
    /// The first lender's node is down: the `request` is tried again after 30 s, 1, 2, 4 and 8 minutes; after the
    /// last try it has failed and the rota moves on to Suzhou.
    @Test(arguments: TestDatabase.backends)
    func afterTheLastRetryTheNextLenderIsAsked(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let down = try await net.node(.sqlite, "Anhui Library", root: "AH", library: "AHCEN", isil: "CN-AH")
        try await net.acquaint(wuhan, down)
        net.transport.setOffline(down.endpoint, true)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        try #require(try await wuhan.desk.rota(asked.id).map(\.agency) == ["ISIL:CN-AH", "ISIL:CN-SZ"])

        #expect(await wuhan.desk.deliverOutbox() == 1)
        for (attempt, delay) in SharingDesk.retryDelays.enumerated() {
            let row = try #require(try await OutboxRow.of(asked.id, to: down.agency, at: wuhan))
            #expect(row.status == "pending" && row.attempts == Int64(attempt + 1))
            #expect(row.nextAttemptAt == net.time.clock.epochSeconds + delay)
            net.advance(seconds: delay - 1)
            #expect(await wuhan.desk.deliverOutbox() == 0, "not due before \(delay) s")
            net.advance(seconds: 1)
            #expect(try await wuhan.status(asked.id) == "request-sent")
            #expect(await wuhan.desk.deliverOutbox() >= 1)
        }
        let failed = try #require(try await OutboxRow.of(asked.id, to: down.agency, at: wuhan))
        #expect(failed.status == "failed" && failed.attempts == Int64(SharingDesk.retryDelays.count + 1))
        let attempts = net.transport.deliveries(to: down.endpoint)
        #expect(attempts.count == SharingDesk.retryDelays.count + 1 && attempts.allSatisfy { $0.answer == nil })
        #expect(try await down.count("SELECT COUNT(*) AS n FROM ill_request") == 0)

        let moved = try await wuhan.desk.request(asked.id)
        #expect(moved.supplyingAgency == suzhou.agency)
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["unreachable", "asked"])
        #expect(try await suzhou.lending(asked.requestingRequestID).status == "will-supply")
        await net.exchange()
        #expect(try await wuhan.status(asked.id) == "will-supply")
        await net.shutdown()
    }

    /// A peer that comes back before the retries run out gets the message, and nothing moves on.
    @Test(arguments: TestDatabase.backends)
    func aPeerBackInTimeGetsTheMessage(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        net.transport.setOffline(suzhou.endpoint, true)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        _ = await wuhan.desk.deliverOutbox()
        _ = await wuhan.desk.deliverOutbox()
        #expect(net.transport.deliveries(to: suzhou.endpoint).count == 1, "a retry waits for its delay")
        net.transport.setOffline(suzhou.endpoint, false)
        net.advance(seconds: SharingDesk.retryDelays[0])
        await net.exchange()
        #expect(try await OutboxRow.of(asked.id, to: suzhou.agency, at: wuhan)?.status == "sent")
        #expect(try await wuhan.status(asked.id) == "will-supply")
        await net.shutdown()
    }
}

@Suite struct AMessageDeliveredTwiceIsAnsweredTheSame {
    /// The same `request` posted again (a peer retrying after a lost confirmation), later and at once: the
    /// confirmation first given, and one lending request.
    @Test(arguments: TestDatabase.backends)
    func theSameRequestTwiceGivesTheSameConfirmationAndOneRow(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        _ = await wuhan.desk.deliverOutbox()
        let first = try #require(net.transport.deliveries(to: suzhou.endpoint).first)
        let confirmation = try #require(first.answer)
        #expect(try Loopback.message(confirmation).confirmationHeader?.messageStatus == .ok)

        net.advance(seconds: 60)
        #expect(try await suzhou.desk.receive(Array(first.body.utf8), tokenAccount: nil) == confirmation)
        async let again = suzhou.desk.receive(Array(first.body.utf8), tokenAccount: nil)
        async let andAgain = suzhou.desk.receive(Array(first.body.utf8), tokenAccount: nil)
        #expect(try await [again, andAgain] == [confirmation, confirmation])
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_request") == 1)
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'in'") == 1)
        #expect(try await suzhou.lending(asked.requestingRequestID).status == "will-supply")

        // The lender's WillSupply reaches Wuhan twice: one state change, one stored message.
        await net.exchange()
        let update = try #require(net.transport.deliveries(to: wuhan.endpoint).first)
        let answer = try #require(update.answer)
        net.advance(seconds: 60)
        async let one = wuhan.desk.receive(Array(update.body.utf8), tokenAccount: nil)
        async let two = wuhan.desk.receive(Array(update.body.utf8), tokenAccount: nil)
        #expect(try await [one, two] == [answer, answer])
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'in'") == 1)
        #expect(try await wuhan.events(asked.id).filter { $0 == "lender:WillSupply" }.count == 1)
        await net.shutdown()
    }

    /// A new `request` posted twice at the same moment (before either is stored) is stored once, and both
    /// deliveries get the same OK confirmation.
    @Test(arguments: TestDatabase.backends)
    func aNewRequestArrivingTwiceAtOnceIsStoredOnce(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let reader = try await wuhan.reader("Zhang Wei")
        for round in 0..<40 {
            let asked = try await wuhan.ask(SharingRecords.novelForm, for: reader)
            let body = try await wuhan.database.withConnection { sql in
                try await sql.raw(
                    "SELECT body FROM ill_message WHERE request_id = \(bind: asked.id) AND kind = 'request'"
                ).first()?.decode(column: "body", as: String.self)
            }
            let bytes = Array(try #require(body).utf8)
            async let one = suzhou.desk.receive(bytes, tokenAccount: nil)
            async let two = suzhou.desk.receive(bytes, tokenAccount: nil)
            let answers = try await [one, two]
            let statuses = try answers.map { try Loopback.message($0).confirmationHeader?.messageStatus }
            #expect(answers[0] == answers[1], "round \(round)")
            #expect(statuses == [.ok, .ok], "round \(round)")
            #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_request") == round + 1)
        }
        await net.shutdown()
    }
}

@Suite struct ARequesterActionDeliveredTwiceAtOnceIsAnsweredTheSame {
    /// Wuhan's ShippedReturn is posted twice at the same moment: Suzhou takes it once, and both deliveries are
    /// confirmed OK (the second must not be refused as ShippedReturn on a request already return-shipped).
    @Test(arguments: TestDatabase.backends)
    func shippedReturnTwiceAtOnce(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.shipped(net, backend)
        for action in [BorrowingAction.receive, .lendToReader, .readerReturned] {
            _ = try await wuhan.desk.borrow(borrowing, action, actor: "whu-staff")
        }
        await net.exchange()
        _ = try await wuhan.desk.borrow(borrowing, .shipReturn, actor: "whu-staff")
        let body = try await wuhan.database.withConnection { sql in
            try await sql.raw(
                """
                SELECT body FROM ill_message WHERE request_id = \(bind: borrowing) AND direction = 'out'
                ORDER BY id DESC
                """
            ).first()?.decode(column: "body", as: String.self)
        }
        let bytes = Array(try #require(body).utf8)
        async let one = suzhou.desk.receive(bytes, tokenAccount: nil)
        async let two = suzhou.desk.receive(bytes, tokenAccount: nil)
        let statuses = try await [one, two].map { try Loopback.message($0).confirmationHeader?.messageStatus }
        #expect(try await suzhou.status(lending) == "return-shipped")
        #expect(
            try await suzhou.count(
                "SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'in' AND kind = 'requestingAgencyMessage'")
                == 2)
        #expect(statuses == [.ok, .ok])
        await net.shutdown()
    }
}

@Suite struct TwoDesksShippingOneCopyLendItOnce {
    /// Two borrowing consortia ask Suzhou for its only copy; two of Suzhou's desks (two app processes on one
    /// database) ship it for both requests at the same moment. The lending node runs on `backend` here because
    /// the race is decided by its database.
    @Test(arguments: TestDatabase.backends)
    func onlyOneShipmentSucceeds(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let suzhou = try await net.node(
            backend, "Suzhou Public Libraries", root: "SZ", library: "SZCEN", isil: "CN-SZ",
            records: [SharingRecords.single(id: "sz-9", title: "The only copy", barcode: "SZ-ONE")])
        let wuhan = try await net.node(
            backend, "Wuhan University Libraries", root: "WHU", library: "WHUMAIN", isil: "CN-WHU")
        let nanjing = try await net.node(.sqlite, "Nanjing Library", root: "NJ", library: "NJCEN", isil: "CN-NJ")
        try await net.acquaint(wuhan, suzhou)
        try await net.acquaint(nanjing, suzhou)
        let form = BorrowingForm(service: .loan, title: "The only copy")
        let fromWuhan = try await wuhan.ask(form, for: try await wuhan.reader("Zhang Wei"))
        let fromNanjing = try await nanjing.ask(form, for: try await nanjing.reader("Liu Yang"))
        await net.exchange()
        let first = try await suzhou.lending(fromWuhan.requestingRequestID)
        let second = try await suzhou.lending(fromNanjing.requestingRequestID)
        try #require(first.status == "will-supply" && second.status == "will-supply")

        let otherDesk = try net.secondDesk(for: suzhou)
        async let a = attempt { try await suzhou.desk.lend(first.id, .ship(barcode: "SZ-ONE"), actor: "desk-1") }
        async let b = attempt { try await otherDesk.lend(second.id, .ship(barcode: "SZ-ONE"), actor: "desk-2") }
        let outcomes = await [a, b]
        let shipped = outcomes.compactMap { try? $0.get() }
        let refusals = outcomes.compactMap { outcome -> (any Error)? in
            if case .failure(let error) = outcome { return error }
            return nil
        }
        #expect(shipped.count == 1 && shipped.first?.status == "shipped")
        #expect(refusals.count == 1)
        #expect(refusals.allSatisfy { $0 is CirculationRefusal }, "\(refusals)")
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM circ_loan WHERE ended_at IS NULL") == 1)
        #expect(
            try await suzhou.count(
                "SELECT COUNT(*) AS n FROM ill_request WHERE role = 'lending' AND status = 'shipped'")
                == 1)

        await net.exchange()
        let borrowers = [
            try await wuhan.status(fromWuhan.id), try await nanjing.status(fromNanjing.id),
        ].sorted()
        #expect(borrowers == ["shipped", "will-supply"])
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_ledger") == 1)
        await net.shutdown()
    }

    /// Two requests from one consortium that has never borrowed here before, shipped at the same moment with
    /// two different copies: both go out (the institution's card is made once).
    @Test(arguments: TestDatabase.backends)
    func twoFirstShipmentsToOneInstitutionBothSucceed(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let one = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        let two = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Li Na"))
        await net.exchange()
        let first = try await suzhou.lending(one.requestingRequestID)
        let second = try await suzhou.lending(two.requestingRequestID)
        let otherDesk = try net.secondDesk(for: suzhou)
        async let a = attempt { try await suzhou.desk.lend(first.id, .ship(barcode: "SZ-0001"), actor: "desk-1") }
        async let b = attempt { try await otherDesk.lend(second.id, .ship(barcode: "SZ-0002"), actor: "desk-2") }
        let outcomes = await [a, b]
        let failures = outcomes.compactMap { outcome -> String? in
            if case .failure(let error) = outcome { return "\(error)" }
            return nil
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM patron_card WHERE card_number = 'ILL-CNWHU'") == 1)
        await net.shutdown()
    }
}
