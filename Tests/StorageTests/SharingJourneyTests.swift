import Circulation
import Foundation
import ISO18626
import PinakesCore
import PinakesTestSupport
import Sharing
import Testing

@Suite struct ALoanGoesRoundTwoNodesAndBothLedgersAgree {
    /// A student's loan from request to return, every step an ISO 18626 message between the two nodes, and at the
    /// end the same booking on both ledgers and statements that mirror each other.
    @Test(arguments: TestDatabase.backends)
    func theFullLoanCycle(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let reader = try await wuhan.reader("Zhang Wei 张伟")

        let submitted = try await wuhan.desk.submit(SharingRecords.novelForm, reader: reader, actor: "reader")
        #expect(submitted.status == "pending-review")
        let approved = try await wuhan.desk.approve(submitted.id, actor: "staff")
        #expect(approved.status == "request-sent" && approved.supplyingAgency == suzhou.agency)
        #expect(try await wuhan.desk.rota(approved.id).map(\.outcome) == ["asked"])
        #expect(net.transport.deliveries.isEmpty, "nothing is sent before the outbox is delivered")

        // The request reaches Suzhou, which has the book on the shelf and answers WillSupply by itself.
        #expect(await wuhan.desk.deliverOutbox() == 1)
        let lending = try await suzhou.lending(approved.requestingRequestID)
        #expect(lending.status == "will-supply" && lending.libraryCode == "SZCEN")
        #expect(try await wuhan.status(approved.id) == "request-sent")
        #expect(await suzhou.desk.deliverOutbox() == 1)
        #expect(try await wuhan.status(approved.id) == "will-supply")

        // Shipping checks the copy out to the university, so it cannot be lent twice.
        let shipped = try await suzhou.desk.lend(lending.id, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        #expect(shipped.status == "shipped")
        #expect(try await suzhou.copy("SZ-0001").status == "on-loan")
        await #expect(throws: CirculationRefusal.self) {
            try await suzhou.circulation.checkout(card: "ILL-CNWHU", barcode: "SZ-0001", library: "SZCEN", actor: "x")
        }
        await net.exchange()
        let onItsWay = try await wuhan.desk.request(approved.id)
        #expect(onItsWay.status == "shipped")
        let due = try #require(try onItsWay.borrowing().dueAt)
        #expect(try due == shipped.lending().dueAt)
        #expect(try await suzhou.copy("SZ-0001").dueAt == due)

        // Round trip on Wuhan's side; Received and ShippedReturn go to Suzhou.
        for action in [BorrowingAction.receive, .lendToReader, .readerReturned, .shipReturn] {
            _ = try await wuhan.desk.borrow(approved.id, action, actor: "whu-staff")
            await net.exchange()
        }
        #expect(try await wuhan.status(approved.id) == "return-shipped")
        #expect(try await suzhou.status(lending.id) == "return-shipped")
        _ = try await suzhou.desk.lend(lending.id, .returnReceived, actor: "sz-staff")
        await net.exchange()
        #expect(try await wuhan.status(approved.id) == "completed")
        #expect(try await suzhou.status(lending.id) == "completed")
        #expect(try await suzhou.copy("SZ-0001").status == "available")
        #expect(try await wuhan.desk.rota(approved.id).map(\.outcome) == ["supplying"])

        let history = try await wuhan.events(approved.id)
        for step in [
            "submitted", "approve", "notice:sent", "lender:WillSupply", "notice:will-supply", "lender:Loaned",
            "notice:shipped", "receive", "notice:ready-for-pickup", "lend-to-reader", "reader-returned", "ship-return",
            "lender:LoanCompleted",
        ] {
            #expect(history.contains(step), "\(step) missing from \(history)")
        }

        // Every message in and out is stored; nothing is left unsent.
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'in'") == 3)
        #expect(
            try await suzhou.count(
                "SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'out' AND kind = 'supplyingAgencyMessage'")
                == 3)
        for node in [wuhan, suzhou] {
            #expect(
                try await node.count(
                    "SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'out' AND status <> 'sent'") == 0)
        }

        // Both ledgers hold the same one booking: 8.00 owed by Wuhan to Suzhou.
        let now = net.time.clock.now
        let day = now.addingTimeInterval(-86_400)...now.addingTimeInterval(86_400)
        let lent = try await suzhou.desk.ledgerEntries(from: day.lowerBound, to: day.upperBound)
        let borrowed = try await wuhan.desk.ledgerEntries(from: day.lowerBound, to: day.upperBound)
        let key = { (entry: LedgerEntry) in
            "\(entry.requestID) \(entry.lender) \(entry.borrower) \(entry.kind) \(entry.amountCents) \(entry.currency)"
        }
        #expect(lent.map(key) == ["\(approved.requestingRequestID) ISIL:CN-SZ ISIL:CN-WHU loanFee 800 CNY"])
        #expect(borrowed.map(key) == lent.map(key))
        let suzhouMonth = try await suzhou.statement(at: lent.first?.bookedAt ?? now)
        let wuhanMonth = try await wuhan.statement(at: lent.first?.bookedAt ?? now)
        #expect(suzhouMonth.lines.map(\.role) == [.lent] && wuhanMonth.lines.map(\.role) == [.borrowed])
        #expect(suzhouMonth.lines.map(\.requestID) == wuhanMonth.lines.map(\.requestID))
        #expect(suzhouMonth.total(in: "CNY")?.netCents == 800 && wuhanMonth.total(in: "CNY")?.netCents == -800)
        await net.shutdown()
    }

    /// Reciprocal consortia charge nothing, but each loan is still one service on both ledgers (the fairness
    /// tally and the statements' counts are read from them).
    @Test(arguments: TestDatabase.backends)
    func aFreeLoanIsBookedOnBothSides(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        var free = SharingNetwork.settings()
        free.tariff = LedgerTariff()
        let (wuhan, suzhou) = try await net.pair(backend, lender: free)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Li Na"))
        await net.exchange()
        let lending = try await suzhou.lending(asked.requestingRequestID)
        _ = try await suzhou.desk.lend(lending.id, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        await net.exchange()
        #expect(try await wuhan.status(asked.id) == "shipped")
        let lent = try await suzhou.count("SELECT COUNT(*) AS n FROM ill_ledger")
        let borrowed = try await wuhan.count("SELECT COUNT(*) AS n FROM ill_ledger")
        #expect(lent == 1 && lent == borrowed, "lender has \(lent) bookings, borrower \(borrowed)")
        await net.shutdown()
    }
}

@Suite struct TheRotaWalksOnWhenALenderCannotSupply {
    /// Three nodes: Jiangxia (cheaper, asked first) has the book but its librarian says Unfilled; Wuhan moves on
    /// to Suzhou, which supplies it.
    @Test(arguments: TestDatabase.backends)
    func unfilledByTheFirstLenderThenSuppliedByTheSecond(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let jiangxia = try await net.node(
            .sqlite, "Jiangxia District Library", root: "JX", library: "JXCEN", isil: "CN-WH-JX",
            records: [SharingRecords.novel(id: "jx-1", barcodes: ["JX-0001"], library: "JXCEN")],
            settings: SharingNetwork.settings(autoSupply: false))
        try await net.acquaint(wuhan, jiangxia, loanFees: (800, 100))
        try await wuhan.know(suzhou, loanFeeCents: 800)

        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        let rota = try await wuhan.desk.rota(asked.id)
        try #require(rota.map(\.agency) == ["ISIL:CN-WH-JX", "ISIL:CN-SZ"], "\(rota)")
        await net.exchange()
        let atJiangxia = try await jiangxia.lending(asked.requestingRequestID)
        #expect(atJiangxia.status == "received", "Jiangxia waits for its librarian")
        #expect(try await wuhan.status(asked.id) == "request-sent")
        #expect(net.transport.deliveries(to: suzhou.endpoint).isEmpty)

        _ = try await jiangxia.desk.lend(atJiangxia.id, .unfilled(reason: "PolicyProblem"), actor: "jx-staff")
        await net.exchange()
        let atSuzhou = try await suzhou.lending(asked.requestingRequestID)
        #expect(atSuzhou.status == "will-supply")
        let now = try await wuhan.desk.request(asked.id)
        #expect(now.status == "will-supply" && now.supplyingAgency == suzhou.agency)
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["unfilled", "asked"])
        #expect(try now.borrowing().position == 1)

        _ = try await suzhou.desk.lend(atSuzhou.id, .ship(barcode: "SZ-0002"), actor: "sz-staff")
        await net.exchange()
        #expect(try await wuhan.status(asked.id) == "shipped")
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["unfilled", "supplying"])
        #expect(try await jiangxia.count("SELECT COUNT(*) AS n FROM ill_ledger") == 0)
        #expect(try await wuhan.events(asked.id).contains("lender:Unfilled"))
        await net.shutdown()
    }
}

@Suite struct ALenderThatNeverAnswersIsSkipped {
    /// Jiangxia has 24 hours to answer and says nothing; the jobs run after `answer_by` cancel there and ask
    /// Suzhou. Jiangxia's late answer to the Cancel changes nothing.
    @Test(arguments: TestDatabase.backends)
    func afterItsAnswerHoursTheNextLenderIsAsked(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let jiangxia = try await net.node(
            .sqlite, "Jiangxia District Library", root: "JX", library: "JXCEN", isil: "CN-JX",
            settings: SharingNetwork.settings(autoSupply: false))
        try await net.acquaint(wuhan, jiangxia, answerHours: (48, 24))
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        try #require(try await wuhan.desk.rota(asked.id).map(\.agency) == ["ISIL:CN-JX", "ISIL:CN-SZ"])
        let answerBy = try #require(asked.answerBy)
        #expect(answerBy == net.time.clock.epochSeconds + 24 * 3600)
        await net.exchange()

        net.advance(hours: 23)
        let early = try await wuhan.desk.runJobs()
        #expect(early.lendersTimedOut == 0)
        #expect(try await wuhan.status(asked.id) == "request-sent")

        net.advance(hours: 2)
        let late = try await wuhan.desk.runJobs()
        #expect(late.lendersTimedOut == 1)
        let toJiangxia = try net.transport.deliveries(to: jiangxia.endpoint).map { try Loopback.message($0.body) }
        #expect(toJiangxia.map(\.kind) == [.request, .requestingAgencyMessage])
        #expect(toJiangxia.last?.action == .cancel)
        #expect(try await jiangxia.lending(asked.requestingRequestID).status == "cancelled")
        #expect(try await suzhou.lending(asked.requestingRequestID).status == "will-supply")
        let moved = try await wuhan.desk.request(asked.id)
        #expect(moved.supplyingAgency == suzhou.agency && moved.status == "request-sent")
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["no-answer", "asked"])

        // Suzhou's WillSupply and Jiangxia's CancelResponse both arrive; only Suzhou's counts.
        await net.exchange()
        let settled = try await wuhan.desk.request(asked.id)
        #expect(settled.status == "will-supply" && settled.supplyingAgency == suzhou.agency)
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_message WHERE direction = 'in'") == 2)
        #expect(try await wuhan.events(asked.id).contains("answer-timed-out"))
        await net.shutdown()
    }
}

@Suite struct EveryLenderSayingNoEndsTheRota {
    @Test(arguments: TestDatabase.backends)
    func theReaderIsToldWhenNoLenderCanSupply(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        // Suzhou does not hold the novel: it answers Unfilled (NotHeld) at once.
        let (wuhan, suzhou) = try await net.pair(backend, lenderRecords: [SharingRecords.journal()])
        let jiangxia = try await net.node(
            .sqlite, "Jiangxia District Library", root: "JX", library: "JXCEN", isil: "CN-JX",
            records: [SharingRecords.novel(id: "jx-1", barcodes: ["JX-0001"], library: "JXCEN")],
            settings: SharingNetwork.settings(autoSupply: false))
        try await net.acquaint(wuhan, jiangxia)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        try #require(try await wuhan.desk.rota(asked.id).map(\.agency) == ["ISIL:CN-JX", "ISIL:CN-SZ"])
        await net.exchange()
        let atJiangxia = try await jiangxia.lending(asked.requestingRequestID)
        _ = try await jiangxia.desk.lend(atJiangxia.id, .unfilled(reason: "NotOnShelf"), actor: "jx-staff")
        await net.exchange()

        #expect(try await suzhou.lending(asked.requestingRequestID).status == "unfilled")
        let ended = try await wuhan.desk.request(asked.id)
        #expect(ended.status == "end-of-rota")
        #expect(try ended.borrowing().position == nil)
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["unfilled", "unfilled"])
        #expect(try await wuhan.events(asked.id).contains("notice:unfilled"))
        #expect(try wuhan.desk.allowedActions(ended).isEmpty)
        await net.shutdown()
    }

    /// The only lender runs out of time: the rota ends, and the lender's yes to the time-out's Cancel arrives
    /// after that. The request must stay at the end of the rota (the reader was told "unfilled").
    @Test(arguments: TestDatabase.backends)
    func theLastLenderTimingOutEndsTheRotaForGood(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend, lender: SharingNetwork.settings(autoSupply: false))
        try await wuhan.know(suzhou, answerHours: 1)
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        _ = await wuhan.desk.deliverOutbox()
        net.advance(hours: 2)
        #expect(try await wuhan.desk.runJobs().lendersTimedOut == 1)
        #expect(try await wuhan.status(asked.id) == "end-of-rota")
        #expect(try await suzhou.lending(asked.requestingRequestID).status == "cancelled")

        await net.exchange()
        #expect(try await wuhan.status(asked.id) == "end-of-rota")
        #expect(try await wuhan.desk.rota(asked.id).map(\.outcome) == ["no-answer"])
        await net.shutdown()
    }
}
