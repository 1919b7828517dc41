import Circulation
import Foundation
import ISO18626
import PinakesCore
import PinakesTestSupport
import SQLKit
import Sharing
import Testing

/// Requests already under way between Wuhan (borrowing) and Suzhou (lending).
enum SharingUnderWay {
    /// A loan request that Suzhou has said it will supply.
    static func willSupply(_ net: SharingNetwork, _ backend: Database.Backend, lender: SharingSettings? = nil)
        async throws -> (wuhan: SharingNode, suzhou: SharingNode, borrowing: Int64, lending: Int64)
    {
        let (wuhan, suzhou) = try await net.pair(backend, lender: lender ?? SharingNetwork.settings())
        let asked = try await wuhan.ask(SharingRecords.novelForm, for: try await wuhan.reader("Zhang Wei"))
        await net.exchange()
        let lending = try await suzhou.lending(asked.requestingRequestID)
        return (wuhan, suzhou, asked.id, lending.id)
    }

    /// A loan Suzhou has shipped (copy `SZ-0001`) and Wuhan knows is on its way.
    static func shipped(_ net: SharingNetwork, _ backend: Database.Backend, lender: SharingSettings? = nil)
        async throws -> (wuhan: SharingNode, suzhou: SharingNode, borrowing: Int64, lending: Int64)
    {
        let under = try await willSupply(net, backend, lender: lender)
        _ = try await under.suzhou.desk.lend(under.lending, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        await net.exchange()
        try #require(try await under.wuhan.status(under.borrowing) == "shipped")
        return under
    }

    /// The open circulation loan of `barcode` at `node`: its due date and renewals.
    static func loan(_ barcode: String, at node: SharingNode) async throws -> (dueAt: Int64, renewals: Int64)? {
        try await node.database.withConnection { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT l.due_at, l.renewals FROM circ_loan l JOIN item_copy c ON c.id = l.copy_id
                    WHERE c.barcode = \(bind: barcode) AND l.ended_at IS NULL
                    """
                ).first()
            else { return nil }
            return (
                try row.decode(column: "due_at", as: Int64.self), try row.decode(column: "renewals", as: Int64.self)
            )
        }
    }
}

@Suite struct CancellingBeforeShippingCancelsOnBothSides {
    @Test(arguments: TestDatabase.backends)
    func theLenderSaysYesAndBothRequestsAreCancelled(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.willSupply(net, backend)
        let asked = try await wuhan.desk.borrow(borrowing, .cancel, note: "found it elsewhere", actor: "reader")
        #expect(asked.status == "cancel-pending")
        await net.exchange()
        #expect(try await suzhou.status(lending) == "cancelled")
        #expect(try await wuhan.status(borrowing) == "cancelled")
        let answers = try Loopback.supplierMessages(to: wuhan, on: net)
        #expect(answers.last?.messageInfo.reasonForMessage == .cancelResponse)
        #expect(answers.last?.messageInfo.answerYesNo == true)
        #expect(try await wuhan.events(borrowing).contains("notice:cancelled"))
        #expect(try await suzhou.copy("SZ-0001").status == "available")
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_ledger") == 0)
        await net.shutdown()
    }
}

@Suite struct CancellingAfterShippingIsRefused {
    @Test(arguments: TestDatabase.backends)
    func staffCannotCancelALoanOnItsWay(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, _, borrowing, _) = try await SharingUnderWay.shipped(net, backend)
        await #expect(throws: SharingRefusal.notAllowed(action: "cancel", status: "shipped")) {
            try await wuhan.desk.borrow(borrowing, .cancel, actor: "reader")
        }
        #expect(try await wuhan.status(borrowing) == "shipped")
        await net.shutdown()
    }

    /// Suzhou ships while Wuhan's Cancel is on its way: Suzhou answers no, and both sides end up shipped with
    /// the copy out once and one booking.
    @Test(arguments: TestDatabase.backends)
    func aCancelCrossingTheShipmentIsAnsweredNo(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.willSupply(net, backend)
        _ = try await suzhou.desk.lend(lending, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        _ = try await wuhan.desk.borrow(borrowing, .cancel, note: "too late?", actor: "reader")
        #expect(await wuhan.desk.deliverOutbox() == 1)
        #expect(try await suzhou.status(lending) == "shipped")
        await net.exchange()
        let answers = try Loopback.supplierMessages(to: wuhan, on: net)
        #expect(answers.map(\.statusInfo.status).suffix(2) == [.loaned, .loaned])
        #expect(answers.last?.messageInfo.reasonForMessage == .cancelResponse)
        #expect(answers.last?.messageInfo.answerYesNo == false)
        let state = try await wuhan.desk.request(borrowing).borrowing()
        #expect(state.status == .shipped && state.beforeCancel == nil && state.dueAt != nil)
        #expect(try await suzhou.copy("SZ-0001").status == "on-loan")
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_ledger") == 1)
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_ledger") == 1)
        await net.shutdown()
    }
}

@Suite struct RenewingALoanAsksTheLendersCirculation {
    @Test(arguments: TestDatabase.backends)
    func anAcceptedRenewalMovesTheDueDateOnBothSides(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.shipped(net, backend)
        _ = try await wuhan.desk.borrow(borrowing, .receive, actor: "whu-staff")
        _ = try await wuhan.desk.borrow(borrowing, .lendToReader, actor: "whu-staff")
        await net.exchange()
        let before = try #require(try await SharingUnderWay.loan("SZ-0001", at: suzhou))
        #expect(before.renewals == 0)

        net.time.advance(days: 30)
        let asked = try await wuhan.desk.borrow(borrowing, .renew, actor: "reader")
        #expect(try asked.borrowing().renewPending)
        await net.exchange()

        let after = try #require(try await SharingUnderWay.loan("SZ-0001", at: suzhou))
        #expect(after.renewals == 1 && after.dueAt > before.dueAt)
        let lent = try await suzhou.desk.request(lending).lending()
        let borrowed = try await wuhan.desk.request(borrowing).borrowing()
        #expect(lent.dueAt == after.dueAt && borrowed.dueAt == after.dueAt)
        #expect(!borrowed.renewPending && borrowed.status == .onLoanToReader)
        let answer = try Loopback.supplierMessages(to: wuhan, on: net).last
        #expect(answer?.messageInfo.reasonForMessage == .renewResponse && answer?.messageInfo.answerYesNo == true)
        #expect(try await wuhan.events(borrowing).contains("notice:renewed"))
        await net.shutdown()
    }

    /// Another reader at Suzhou holds the title, so Suzhou's circulation refuses the renewal.
    @Test(arguments: TestDatabase.backends)
    func aRenewalIsRefusedWhenAnotherReaderWaits(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.shipped(net, backend)
        let local = try await suzhou.reader("Wang Fang")
        let title = try #require(try await suzhou.desk.request(lending).lending().clusterID)
        _ = try await suzhou.circulation.placeHold(
            HoldPlacement(card: try #require(local.cardNumber), target: .title(title)), actor: "sz-staff")
        let before = try #require(try await SharingUnderWay.loan("SZ-0001", at: suzhou))
        let dueBefore = try await wuhan.desk.request(borrowing).borrowing().dueAt

        net.time.advance(days: 30)
        _ = try await wuhan.desk.borrow(borrowing, .renew, actor: "reader")
        await net.exchange()

        let after = try #require(try await SharingUnderWay.loan("SZ-0001", at: suzhou))
        #expect(after.renewals == 0 && after.dueAt == before.dueAt)
        let borrowed = try await wuhan.desk.request(borrowing).borrowing()
        #expect(!borrowed.renewPending && borrowed.dueAt == dueBefore)
        let answer = try Loopback.supplierMessages(to: wuhan, on: net).last
        #expect(answer?.messageInfo.reasonForMessage == .renewResponse && answer?.messageInfo.answerYesNo == false)
        #expect(try await wuhan.events(borrowing).contains("notice:renew-refused"))
        #expect(try await suzhou.status(lending) == "shipped")
        await net.shutdown()
    }
}

@Suite struct ConditionsAreOfferedAcceptedAndThenTheLoanShips {
    @Test(arguments: TestDatabase.backends)
    func borrowingStaffAcceptTheLendersConditions(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.willSupply(
            net, backend, lender: SharingNetwork.settings(autoSupply: false))
        #expect(try await suzhou.status(lending) == "received")
        _ = try await suzhou.desk.lend(lending, .conditions(["LibraryUseOnly"], note: "reading room only"), actor: "sz")
        await net.exchange()
        let pending = try await wuhan.desk.request(borrowing)
        #expect(pending.status == "conditions-pending")
        #expect(try pending.borrowing().conditions == ["LibraryUseOnly"])
        #expect(try wuhan.desk.allowedActions(pending).prefix(2) == ["accept-conditions", "refuse-conditions"])
        await #expect(throws: SharingRefusal.self) {
            try await suzhou.desk.lend(lending, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        }
        #expect(try await suzhou.copy("SZ-0001").status == "available")

        _ = try await wuhan.desk.borrow(borrowing, .acceptConditions, actor: "whu-staff")
        await net.exchange()
        let agreed = try await suzhou.desk.request(lending).lending()
        #expect(agreed.status == .willSupply && agreed.conditionsAccepted)
        _ = try await suzhou.desk.lend(lending, .ship(barcode: "SZ-0001"), actor: "sz-staff")
        await net.exchange()
        #expect(try await wuhan.status(borrowing) == "shipped")
        let loaned = try Loopback.supplierMessages(to: wuhan, on: net).last
        #expect(loaned?.statusInfo.status == .loaned)
        #expect(loaned?.deliveryInfo?.loanCondition?.value == "LibraryUseOnly")
        await net.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func refusedConditionsEndTheLendersPart(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.willSupply(
            net, backend, lender: SharingNetwork.settings(autoSupply: false))
        _ = try await suzhou.desk.lend(lending, .conditions(["NoReproduction"], note: nil), actor: "sz")
        await net.exchange()
        _ = try await wuhan.desk.borrow(borrowing, .refuseConditions, actor: "whu-staff")
        await net.exchange()
        #expect(try await suzhou.status(lending) == "unfilled")
        #expect(try await wuhan.status(borrowing) == "end-of-rota")
        await net.shutdown()
    }
}

@Suite struct AnOverdueLoanIsMarkedByTheLenderAndSeenByTheBorrower {
    @Test(arguments: TestDatabase.backends)
    func theLendersJobsMarkItOnceAndTheBorrowerIsTold(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.shipped(net, backend)
        let due = try #require(try await suzhou.desk.request(lending).lending().dueAt)
        #expect(try await suzhou.desk.runJobs().loansOverdue == 0)

        net.time.advance(days: Double(due - net.time.clock.epochSeconds) / 86_400 + 1)
        let jobs = try await suzhou.desk.runJobs()
        #expect(jobs.loansOverdue == 1 && jobs.messagesSent == 1)
        #expect(try await suzhou.desk.request(lending).lending().reportedStatus == .overdue)
        let seen = try await wuhan.desk.request(borrowing).borrowing()
        #expect(seen.overdue && seen.status == .shipped)
        #expect(try await wuhan.events(borrowing).contains("notice:overdue"))
        #expect(try await suzhou.desk.runJobs().loansOverdue == 0, "an overdue loan is marked once")
        await net.shutdown()
    }
}

@Suite struct RequesterActionsOutOfOrderAreRefusedByTheLender {
    /// Suzhou has not shipped yet. Wuhan's desk will not mark the book received; and when a requester's system
    /// posts `Received` and `ShippedReturn` anyway (signed with Wuhan's credentials), Suzhou answers both with
    /// UnsupportedActionType, keeps only the refusals in its audit log, and its request is unchanged.
    @Test(arguments: TestDatabase.backends)
    func shippedReturnBeforeLoanedGetsUnsupportedActionType(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou, borrowing, lending) = try await SharingUnderWay.willSupply(net, backend)
        await #expect(throws: SharingRefusal.self) {
            _ = try await wuhan.desk.borrow(borrowing, .receive, actor: "whu-staff")
        }
        let record = try await wuhan.desk.request(borrowing)
        let messagesBefore = try await suzhou.count("SELECT COUNT(*) AS n FROM ill_message")
        for action in [ILLAction.received, .shippedReturn] {
            let message = RequestingAgencyMessage(
                header: MessageHeader(
                    supplyingAgency: suzhou.agency, requestingAgency: wuhan.agency, timestamp: net.time.clock.now,
                    requestingAgencyRequestID: record.requestingRequestID,
                    authentication: RequestingAgencyAuthentication(
                        accountID: wuhan.agency.value, securityCode: "\(wuhan.agency.value)-to-\(suzhou.agency.value)")),
                action: action)
            let answer = try Loopback.message(
                try await suzhou.desk.receive(
                    ISO18626Writer.bytes(.requestingAgencyMessage(message)), tokenAccount: nil))
            #expect(answer.confirmationHeader?.messageStatus == .error, "\(action)")
            #expect(answer.errorData?.errorType == .unsupportedActionType, "\(action)")
            #expect(answer.action == action)
        }
        #expect(try await suzhou.status(lending) == "will-supply")
        #expect(try await suzhou.count("SELECT COUNT(*) AS n FROM ill_message") == messagesBefore)
        #expect(
            try await suzhou.count("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'iso18626.refused'") == 2)
        await net.shutdown()
    }
}
