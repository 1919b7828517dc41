import Foundation
import ISO18626
import Sharing
import Testing

/// Lending states and events for the machine's tests.
enum LendingSample {
    static let due: Int64 = 1_790_000_000

    /// A loan request at `status`; shipped ones carry their copy and due date.
    static func state(_ status: LendingStatus, service: ServiceType = .loan) -> LendingState {
        let out = status == .shipped || status == .returnShipped
        return LendingState(status: status, service: service, barcode: out ? "SZ-0001" : nil, dueAt: out ? due : nil)
    }

    static let ship = LendingEvent.ship(barcode: "SZ-0001", dueAt: due, costCents: 800, currency: "CNY")
    static let deliver = LendingEvent.deliverCopy(url: "https://sz.example/d/1", costCents: 200, currency: "CNY")

    /// The refusal of `event` in `state`, or nil when the machine accepts it.
    static func refusal(_ state: LendingState, _ event: LendingEvent) -> SharingRefusal? {
        do throws(SharingRefusal) {
            _ = try state.transition(on: event)
            return nil
        } catch {
            return error
        }
    }

    /// The ISO 18626 error type of a protocol refusal.
    static func errorType(_ refusal: SharingRefusal?) -> ErrorType? {
        guard case .protocolError(let type, _) = refusal else { return nil }
        return type
    }
}

@Suite struct LendingDecisionsAreAllowedOnlyInTheirStatuses {
    /// Each staff or job event, its name in refusals, and the statuses that allow it (for a loan request).
    static let rules: [(event: LendingEvent, action: String, allowed: Set<LendingStatus>)] = [
        (.expectToSupply(note: nil), "expect to supply", [.received]),
        (.willSupply(note: nil), "will supply", [.received, .expectToSupply]),
        (
            .offerConditions(["LibraryUseOnly"], note: nil), "offer conditions",
            [.received, .expectToSupply, .willSupply]
        ),
        (LendingSample.ship, "ship", [.received, .expectToSupply, .willSupply]),
        (
            .unfilled(reason: "NotOnShelf"), "answer unfilled",
            [.received, .expectToSupply, .willSupply, .conditionsPending]
        ),
        (.markOverdue, "mark overdue", [.shipped]),
        (.recall(note: nil), "recall", [.shipped]),
        (.returnReceived, "receive the return", [.shipped, .returnShipped]),
        (.renewalAnswered(renewed: true, dueAt: LendingSample.due), "answer a renewal", [.shipped]),
    ]

    @Test(arguments: LendingStatus.allCases)
    func eachDecisionIsRefusedOutsideItsStatuses(status: LendingStatus) {
        let state = LendingSample.state(status)
        for rule in Self.rules {
            let refusal = LendingSample.refusal(state, rule.event)
            if rule.allowed.contains(status) {
                #expect(refusal == nil, "\(rule.action) in \(status)")
            } else if case .ship = rule.event, status == .conditionsPending {
                #expect(
                    refusal
                        == .notAllowed(
                            action: "ship before the requester accepts the conditions", status: status.rawValue))
            } else {
                #expect(refusal == .notAllowed(action: rule.action, status: status.rawValue), "\(rule.action)")
            }
        }
    }

    @Test func aCopyRequestIsDeliveredNotShipped() {
        let copy = LendingSample.state(.willSupply, service: .copy)
        #expect(
            LendingSample.refusal(copy, LendingSample.ship)
                == .notAllowed(action: "ship a loan", status: "a copy request"))
        #expect(LendingSample.refusal(copy, LendingSample.deliver) == nil)
        let loan = LendingSample.state(.willSupply)
        #expect(
            LendingSample.refusal(loan, LendingSample.deliver)
                == .notAllowed(action: "deliver a copy", status: "a loan request"))
    }

    @Test func conditionsMustNameSomething() {
        #expect(
            LendingSample.refusal(LendingSample.state(.received), .offerConditions([], note: nil))
                == .invalidInput("name at least one loan condition"))
    }
}

@Suite struct LendingDecisionsTellTheRequester {
    @Test func theFirstAnswerIsARequestResponseAndLaterOnesStatusChanges() throws {
        let expect = try LendingSample.state(.received).transition(on: .expectToSupply(note: "next week"))
        #expect(expect.state.status == .expectToSupply)
        #expect(
            expect.effects == [.sendStatus(.expectToSupply, reason: .requestResponse, answer: nil, note: "next week")])
        let will = try expect.state.transition(on: .willSupply(note: nil))
        #expect(will.state.status == .willSupply)
        #expect(will.effects == [.sendStatus(.willSupply, reason: .statusChange, answer: nil, note: nil)])
    }

    @Test func conditionsAreOfferedInAMarkedNote() throws {
        let moved = try LendingSample.state(.received).transition(
            on: .offerConditions(["LibraryUseOnly", "NoReproduction"], note: "reading room"))
        #expect(moved.state.status == .conditionsPending)
        #expect(moved.state.conditions == ["LibraryUseOnly", "NoReproduction"])
        #expect(
            moved.effects == [
                .sendStatus(
                    .willSupply, reason: .notification, answer: nil,
                    note: "#LoanConditions# LibraryUseOnly,NoReproduction reading room")
            ])
        #expect(moved.state.reportedStatus == .willSupply)
    }

    @Test func shippingLendsTheCopyBooksTheCostAndSaysLoaned() throws {
        let moved = try LendingSample.state(.willSupply).transition(on: LendingSample.ship)
        #expect(moved.state.status == .shipped && moved.state.barcode == "SZ-0001")
        #expect(moved.state.dueAt == LendingSample.due)
        #expect(
            moved.effects == [
                .lendCopy(barcode: "SZ-0001"), .bookCharge(cents: 800, currency: "CNY"),
                .sendStatus(.loaned, reason: .statusChange, answer: nil, note: nil),
            ])
        let atOnce = try LendingSample.state(.received).transition(on: LendingSample.ship)
        #expect(atOnce.effects.last == .sendStatus(.loaned, reason: .requestResponse, answer: nil, note: nil))
    }

    @Test func shippingUnderConditionsWaitsForTheirAcceptance() throws {
        var state = try LendingSample.state(.received).transition(on: .offerConditions(["NoCopies"], note: nil)).state
        #expect(LendingSample.refusal(state, LendingSample.ship) != nil)
        state = try state.transition(on: .requester(.notification, note: ConditionNote.accepted)).state
        let moved = try state.transition(on: LendingSample.ship)
        #expect(moved.state.status == .shipped && moved.state.conditions == ["NoCopies"])
    }

    @Test func deliveringACopyCompletesTheRequest() throws {
        let moved = try LendingSample.state(.willSupply, service: .copy).transition(on: LendingSample.deliver)
        #expect(moved.state.status == .completed && moved.state.copyDelivered)
        #expect(moved.state.reportedStatus == .copyCompleted)
        #expect(
            moved.effects == [
                .bookCharge(cents: 200, currency: "CNY"),
                .sendStatus(.copyCompleted, reason: .statusChange, answer: nil, note: "https://sz.example/d/1"),
            ])
    }

    @Test func unfilledCarriesItsReason() throws {
        let moved = try LendingSample.state(.received).transition(on: .unfilled(reason: "NotHeld"))
        #expect(moved.state.status == .unfilled)
        #expect(moved.effects == [.sendStatus(.unfilled, reason: .requestResponse, answer: nil, note: "NotHeld")])
    }

    @Test func overdueIsToldOnceAndRecalledWinsTheReportedStatus() throws {
        let overdue = try LendingSample.state(.shipped).transition(on: .markOverdue)
        #expect(overdue.state.overdue && overdue.state.reportedStatus == .overdue)
        #expect(overdue.effects == [.sendStatus(.overdue, reason: .statusChange, answer: nil, note: nil)])
        let again = try overdue.state.transition(on: .markOverdue)
        #expect(again.state == overdue.state && again.effects.isEmpty)
        let recalled = try overdue.state.transition(on: .recall(note: "needed for a course"))
        #expect(recalled.state.reportedStatus == .recalled)
        #expect(
            recalled.effects == [
                .sendStatus(.recalled, reason: .statusChange, answer: nil, note: "needed for a course")
            ])
    }

    @Test(arguments: [LendingStatus.shipped, .returnShipped])
    func theReturnChecksTheCopyInAndCompletes(status: LendingStatus) throws {
        let moved = try LendingSample.state(status).transition(on: .returnReceived)
        #expect(moved.state.status == .completed && moved.state.reportedStatus == .loanCompleted)
        #expect(
            moved.effects == [
                .returnCopy(barcode: "SZ-0001"),
                .sendStatus(.loanCompleted, reason: .statusChange, answer: nil, note: nil),
            ])
    }

    @Test func anAcceptedRenewalMovesTheDueDateAndClearsOverdue() throws {
        var state = LendingSample.state(.shipped)
        state.overdue = true
        let moved = try state.transition(on: .renewalAnswered(renewed: true, dueAt: LendingSample.due + 86_400))
        #expect(moved.state.dueAt == LendingSample.due + 86_400 && !moved.state.overdue)
        #expect(moved.effects == [.sendStatus(.loaned, reason: .renewResponse, answer: true, note: nil)])
    }

    @Test func aRefusedRenewalKeepsTheDueDate() throws {
        let moved = try LendingSample.state(.shipped).transition(on: .renewalAnswered(renewed: false, dueAt: nil))
        #expect(moved.state == LendingSample.state(.shipped))
        #expect(moved.effects == [.sendStatus(.loaned, reason: .renewResponse, answer: false, note: nil)])
    }
}

@Suite struct RequesterActionsOutOfOrderAreRefusedWithUnsupportedActionType {
    @Test(arguments: [LendingStatus.received, .expectToSupply, .willSupply, .conditionsPending])
    func shippedReturnBeforeLoanedIsRefused(status: LendingStatus) {
        let refusal = LendingSample.refusal(LendingSample.state(status), .requester(.shippedReturn, note: nil))
        #expect(LendingSample.errorType(refusal) == .unsupportedActionType)
    }

    @Test func shippedReturnAfterLoanedIsAccepted() throws {
        let moved = try LendingSample.state(.shipped).transition(on: .requester(.shippedReturn, note: nil))
        #expect(moved.state.status == .returnShipped && moved.effects.isEmpty)
        #expect(moved.state.reportedStatus == .loaned)
    }

    @Test(arguments: LendingStatus.allCases)
    func receivedAndRenewOnlyWhileTheCopyIsOut(status: LendingStatus) throws {
        let state = LendingSample.state(status)
        let received = LendingSample.refusal(state, .requester(.received, note: nil))
        let renew = LendingSample.refusal(state, .requester(.renew, note: nil))
        if status == .shipped {
            #expect(received == nil && renew == nil)
            #expect(try state.transition(on: .requester(.received, note: nil)) == SharingTransition(state))
            #expect(try state.transition(on: .requester(.renew, note: nil)).effects == [.renewCopy(barcode: "SZ-0001")])
        } else {
            #expect(LendingSample.errorType(received) == .unsupportedActionType)
            #expect(LendingSample.errorType(renew) == .unsupportedActionType)
        }
    }

    @Test(arguments: LendingStatus.allCases)
    func shippedForwardIsNeverSupported(status: LendingStatus) {
        let refusal = LendingSample.refusal(LendingSample.state(status), .requester(.shippedForward, note: nil))
        #expect(LendingSample.errorType(refusal) == .unsupportedActionType)
    }
}

@Suite struct RequesterActionsInOrderChangeTheLendingRequest {
    @Test(arguments: LendingStatus.allCases)
    func aStatusRequestIsAnsweredWithTheReportedStatus(status: LendingStatus) throws {
        let state = LendingSample.state(status)
        let moved = try state.transition(on: .requester(.statusRequest, note: nil))
        #expect(moved.state == state)
        #expect(
            moved.effects == [
                .sendStatus(state.reportedStatus, reason: .statusRequestResponse, answer: nil, note: nil)
            ])
    }

    @Test(arguments: [LendingStatus.received, .expectToSupply, .willSupply, .conditionsPending])
    func aCancelBeforeShippingIsAccepted(status: LendingStatus) throws {
        let moved = try LendingSample.state(status).transition(on: .requester(.cancel, note: "found elsewhere"))
        #expect(moved.state.status == .cancelled)
        #expect(moved.effects == [.sendStatus(.cancelled, reason: .cancelResponse, answer: true, note: nil)])
    }

    @Test(arguments: [LendingStatus.shipped, .returnShipped, .completed, .unfilled, .cancelled])
    func aCancelAfterShippingIsAnsweredNo(status: LendingStatus) throws {
        let state = LendingSample.state(status)
        let moved = try state.transition(on: .requester(.cancel, note: "found elsewhere"))
        #expect(moved.state == state)
        #expect(
            moved.effects == [
                .sendStatus(state.reportedStatus, reason: .cancelResponse, answer: false, note: "found elsewhere")
            ])
    }

    @Test func acceptedConditionsLetTheCopyGo() throws {
        let pending = try LendingSample.state(.received).transition(on: .offerConditions(["NoCopies"], note: nil))
        for note in [ConditionNote.accepted, "#ReShareLoanConditionAgreeResponse#"] {
            let moved = try pending.state.transition(on: .requester(.notification, note: note))
            #expect(moved.state.status == .willSupply && moved.state.conditionsAccepted, "\(note)")
            #expect(moved.effects.isEmpty)
        }
    }

    @Test func refusedConditionsEndTheRequestUnfilled() throws {
        let pending = try LendingSample.state(.received).transition(on: .offerConditions(["NoCopies"], note: nil))
        let moved = try pending.state.transition(on: .requester(.notification, note: ConditionNote.refused))
        #expect(moved.state.status == .unfilled)
        #expect(
            moved.effects == [
                .sendStatus(.unfilled, reason: .statusChange, answer: nil, note: "loan conditions refused")
            ])
    }

    @Test func otherNotesChangeNothing() throws {
        let pending = try LendingSample.state(.received).transition(on: .offerConditions(["NoCopies"], note: nil))
        let chat = try pending.state.transition(on: .requester(.notification, note: "thank you"))
        #expect(chat == SharingTransition(pending.state))
        let lateAnswer = try LendingSample.state(.shipped).transition(
            on: .requester(.notification, note: ConditionNote.refused))
        #expect(lateAnswer == SharingTransition(LendingSample.state(.shipped)))
    }
}

@Suite struct TariffsAndAgencyIDsAreCheckedAsPeopleTypeThem {
    @Test func aNegativeFeeOrABadCurrencyIsNamed() {
        let tariff = LedgerTariff(currency: "yuan", loanFeeCents: -100)
        #expect(
            tariff.problems() == [
                "tariff.loanFeeCents is -100, below zero",
                "tariff.currency must be a three-letter code such as CNY, not \"yuan\"",
            ])
        #expect(LedgerTariff(currency: "CNY", loanFeeCents: 800).problems().isEmpty)
    }

    @Test func anAgencyIDIsTypeAndValueOrABareISIL() {
        #expect(AgencyID(parsing: " isil:CN-SZ ") == AgencyID(type: "ISIL", value: "CN-SZ"))
        #expect(AgencyID(parsing: "CN-WHU") == AgencyID(type: "ISIL", value: "CN-WHU"))
        #expect(AgencyID(parsing: "OCLC:A:B") == AgencyID(type: "OCLC", value: "A:B"))
    }
}
