import Foundation
import ISO18626
import Sharing
import Testing

/// Borrowing states and events for the machine's tests.
enum BorrowingSample {
    static let first = AgencyID(value: "CN-A")
    static let second = AgencyID(value: "CN-B")
    static let third = AgencyID(value: "CN-C")
    static let rota = [first, second, third]

    /// A request at `status`, asking the lender at `position` of the three-lender rota.
    static func state(_ status: BorrowingStatus, position: Int? = 0, service: ServiceType = .loan) -> BorrowingState {
        BorrowingState(
            status: status, service: service, rota: status == .pendingReview ? [] : rota,
            position: status == .pendingReview ? nil : position)
    }

    /// What the current lender says.
    static func news(
        _ status: ILLStatus, _ reason: ReasonForMessage = .statusChange, answer: Bool? = nil, note: String? = nil,
        dueAt: Int64? = nil, costCents: Int? = nil, documentURL: String? = nil
    ) -> BorrowingEvent {
        .lender(
            LenderNews(
                status: status, reason: reason, answer: answer, note: note, dueAt: dueAt, costCents: costCents,
                currency: costCents == nil ? nil : "CNY", documentURL: documentURL))
    }

    /// The refusal of `event` in `state`, or nil when the machine accepts it.
    static func refusal(_ state: BorrowingState, _ event: BorrowingEvent) -> SharingRefusal? {
        do throws(SharingRefusal) {
            _ = try state.transition(on: event)
            return nil
        } catch {
            return error
        }
    }
}

@Suite struct BorrowingActionsAreAllowedOnlyInTheirStatuses {
    /// Each staff or reader action, its name in refusals, and the statuses that allow it.
    static let rules: [(event: BorrowingEvent, action: String, allowed: Set<BorrowingStatus>)] = [
        (.approve(rota: BorrowingSample.rota), "approve", [.pendingReview]),
        (.reject(reason: "not for ILL"), "reject", [.pendingReview]),
        (.acceptConditions, "answer the conditions", [.conditionsPending]),
        (.refuseConditions, "answer the conditions", [.conditionsPending]),
        (.receive, "receive", [.shipped]),
        (.lendToReader, "lend to the reader", [.received]),
        (.readerReturned, "check in from the reader", [.onLoanToReader]),
        (.shipReturn, "ship the return", [.returnedByReader, .received]),
        (
            .cancel(reason: nil), "cancel",
            [.pendingReview, .requestSent, .expectToSupply, .willSupply, .conditionsPending]
        ),
        (.renew, "renew", [.shipped, .received, .onLoanToReader]),
    ]

    @Test(arguments: BorrowingStatus.allCases)
    func eachActionIsRefusedOutsideItsStatuses(status: BorrowingStatus) {
        let state = BorrowingSample.state(status)
        for rule in Self.rules {
            let refusal = BorrowingSample.refusal(state, rule.event)
            if rule.allowed.contains(status) {
                #expect(refusal == nil, "\(rule.action) in \(status)")
            } else {
                #expect(refusal == .notAllowed(action: rule.action, status: status.rawValue), "\(rule.action)")
            }
        }
    }

    @Test(arguments: BorrowingStatus.allCases)
    func aStatusRequestNeedsALenderAndAnOpenRequest(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        let refusal = BorrowingSample.refusal(state, .statusRequest)
        if state.lender != nil && !status.isFinal {
            #expect(refusal == nil)
            #expect(try state.transition(on: .statusRequest).effects == [.sendAction(.statusRequest, note: nil)])
        } else {
            #expect(refusal == .notAllowed(action: "ask", status: status.rawValue))
        }
    }

    @Test func aSecondRenewalWaitsForTheFirstAnswer() throws {
        let asked = try BorrowingSample.state(.onLoanToReader).transition(on: .renew)
        #expect(asked.state.renewPending)
        #expect(asked.effects == [.sendAction(.renew, note: nil)])
        #expect(
            BorrowingSample.refusal(asked.state, .renew)
                == .notAllowed(action: "renew", status: "waiting for a renewal answer"))
    }
}

@Suite struct StaffDecisionsProduceTheirMessagesAndNotices {
    @Test func approvingAsksTheFirstLenderAndTellsTheReader() throws {
        let moved = try BorrowingState().transition(on: .approve(rota: BorrowingSample.rota))
        #expect(moved.state.status == .requestSent)
        #expect(moved.state.position == 0 && moved.state.lender == BorrowingSample.first)
        #expect(moved.effects == [.sendRequest(to: BorrowingSample.first), .notifyReader(.sent)])
    }

    @Test func approvingWithAnEmptyRotaEndsAtOnce() throws {
        let moved = try BorrowingState().transition(on: .approve(rota: []))
        #expect(moved.state.status == .endOfRota && moved.state.position == nil)
        #expect(moved.effects == [.notifyReader(.unfilled)])
    }

    @Test func rejectingTellsTheReaderAndSendsNothing() throws {
        let moved = try BorrowingState().transition(on: .reject(reason: "we own it"))
        #expect(moved.state.status == .rejected)
        #expect(moved.effects == [.notifyReader(.rejected)])
    }

    @Test func cancellingBeforeReviewNeedsNoLender() throws {
        let moved = try BorrowingState().transition(on: .cancel(reason: "found it"))
        #expect(moved.state.status == .cancelled)
        #expect(moved.effects == [.notifyReader(.cancelled)])
    }

    @Test(arguments: [BorrowingStatus.requestSent, .expectToSupply, .willSupply, .conditionsPending])
    func cancellingWhileALenderHasItAsksTheLender(status: BorrowingStatus) throws {
        let moved = try BorrowingSample.state(status).transition(on: .cancel(reason: "no longer needed"))
        #expect(moved.state.status == .cancelPending && moved.state.beforeCancel == status)
        #expect(moved.effects == [.sendAction(.cancel, note: "no longer needed")])
    }

    @Test func acceptingConditionsSaysSoToTheLender() throws {
        var state = BorrowingSample.state(.conditionsPending)
        state.conditions = ["LibraryUseOnly"]
        let moved = try state.transition(on: .acceptConditions)
        #expect(moved.state.status == .willSupply && moved.state.conditions == ["LibraryUseOnly"])
        #expect(moved.effects == [.sendAction(.notification, note: ConditionNote.accepted)])
    }

    @Test func refusingConditionsSaysSoAndAsksTheNextLender() throws {
        var state = BorrowingSample.state(.conditionsPending)
        state.conditions = ["LibraryUseOnly"]
        let moved = try state.transition(on: .refuseConditions)
        #expect(moved.state.status == .requestSent && moved.state.position == 1 && moved.state.conditions.isEmpty)
        #expect(
            moved.effects == [
                .sendAction(.notification, note: ConditionNote.refused), .sendRequest(to: BorrowingSample.second),
            ])
    }

    @Test func theItemGoesFromArrivalToTheReaderAndBack() throws {
        let arrived = try BorrowingSample.state(.shipped).transition(on: .receive)
        #expect(arrived.state.status == .received)
        #expect(arrived.effects == [.sendAction(.received, note: nil), .notifyReader(.readyForPickup)])
        let lent = try arrived.state.transition(on: .lendToReader)
        #expect(lent.state.status == .onLoanToReader && lent.effects.isEmpty)
        let back = try lent.state.transition(on: .readerReturned)
        #expect(back.state.status == .returnedByReader && back.effects.isEmpty)
        let home = try back.state.transition(on: .shipReturn)
        #expect(home.state.status == .returnShipped)
        #expect(home.effects == [.sendAction(.shippedReturn, note: nil)])
    }

    @Test func anItemTheReaderNeverCollectedCanBeShippedBack() throws {
        let home = try BorrowingSample.state(.received).transition(on: .shipReturn)
        #expect(home.state.status == .returnShipped)
        #expect(home.effects == [.sendAction(.shippedReturn, note: nil)])
    }
}

@Suite struct SendingProblemsAndTimeOutsMoveTheRotaOn {
    @Test func aFailedSendAsksTheNextLender() throws {
        let moved = try BorrowingSample.state(.requestSent).transition(on: .sendFailed(reason: "unreachable"))
        #expect(moved.state.status == .requestSent && moved.state.position == 1)
        #expect(moved.effects == [.sendRequest(to: BorrowingSample.second)])
    }

    @Test(arguments: [BorrowingStatus.willSupply, .shipped, .cancelPending, .completed])
    func aFailedSendAfterTheLenderAnsweredChangesNothing(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        let moved = try state.transition(on: .sendFailed(reason: "late failure"))
        #expect(moved.state == state && moved.effects.isEmpty)
    }

    @Test func aLenderOutOfTimeIsCancelledAndTheNextAsked() throws {
        let moved = try BorrowingSample.state(.requestSent).transition(on: .answerTimedOut)
        #expect(moved.state.status == .requestSent && moved.state.lender == BorrowingSample.second)
        #expect(
            moved.effects == [
                .sendAction(.cancel, note: "no answer in time"), .sendRequest(to: BorrowingSample.second),
            ])
    }

    @Test(arguments: [BorrowingStatus.expectToSupply, .willSupply, .conditionsPending, .shipped, .endOfRota])
    func aTimeOutAfterAnAnswerChangesNothing(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        let moved = try state.transition(on: .answerTimedOut)
        #expect(moved.state == state && moved.effects.isEmpty)
    }

    @Test func theRotaIsWalkedToItsEndAndTheReaderTold() throws {
        var state = try BorrowingState().transition(on: .approve(rota: BorrowingSample.rota)).state
        let unfilled = try state.transition(on: BorrowingSample.news(.unfilled, .requestResponse))
        #expect(unfilled.effects == [.sendRequest(to: BorrowingSample.second)])
        state = unfilled.state
        let timedOut = try state.transition(on: .answerTimedOut)
        #expect(
            timedOut.effects == [
                .sendAction(.cancel, note: "no answer in time"), .sendRequest(to: BorrowingSample.third),
            ])
        state = timedOut.state
        #expect(state.position == 2 && state.lender == BorrowingSample.third)
        let failed = try state.transition(on: .sendFailed(reason: "ERROR"))
        #expect(failed.state.status == .endOfRota)
        #expect(failed.state.position == nil && failed.state.lender == nil)
        #expect(failed.effects == [.notifyReader(.unfilled)])
    }

    @Test func theLastLenderOutOfTimeIsCancelledAndTheRotaEnds() throws {
        let moved = try BorrowingSample.state(.requestSent, position: 2).transition(on: .answerTimedOut)
        #expect(moved.state.status == .endOfRota)
        #expect(moved.effects == [.sendAction(.cancel, note: "no answer in time"), .notifyReader(.unfilled)])
    }
}

@Suite struct LenderMessagesMoveTheBorrowingRequest {
    @Test func requestReceivedOnlyRecordsTheLendersStatus() throws {
        let moved = try BorrowingSample.state(.requestSent).transition(
            on: BorrowingSample.news(.requestReceived, .requestResponse))
        #expect(moved.state.status == .requestSent && moved.state.lenderStatus == .requestReceived)
        #expect(moved.effects.isEmpty)
    }

    @Test func expectToSupplyIsNotedWithoutANotice() throws {
        let moved = try BorrowingSample.state(.requestSent).transition(on: BorrowingSample.news(.expectToSupply))
        #expect(moved.state.status == .expectToSupply && moved.effects.isEmpty)
    }

    @Test func willSupplyTellsTheReaderOnce() throws {
        let first = try BorrowingSample.state(.requestSent).transition(on: BorrowingSample.news(.willSupply))
        #expect(first.state.status == .willSupply)
        #expect(first.effects == [.notifyReader(.willSupply)])
        let again = try first.state.transition(on: BorrowingSample.news(.willSupply, .statusRequestResponse))
        #expect(again.state.status == .willSupply && again.effects.isEmpty)
    }

    @Test func willSupplyWithConditionsWaitsForStaff() throws {
        let offer = ConditionNote.offer + "LibraryUseOnly,NoReproduction in the reading room"
        let moved = try BorrowingSample.state(.requestSent).transition(
            on: BorrowingSample.news(.willSupply, .notification, note: offer))
        #expect(moved.state.status == .conditionsPending)
        #expect(moved.state.conditions == ["LibraryUseOnly", "NoReproduction"])
        #expect(moved.effects == [.notifyReader(.conditions)])
    }

    @Test func loanedShipsWithTheDueDateAndBooksTheCost() throws {
        let moved = try BorrowingSample.state(.willSupply).transition(
            on: BorrowingSample.news(.loaned, dueAt: 1_790_000_000, costCents: 800))
        #expect(moved.state.status == .shipped && moved.state.dueAt == 1_790_000_000)
        #expect(moved.effects == [.bookCharge(cents: 800, currency: "CNY"), .notifyReader(.shipped)])
    }

    @Test func aLoanWithoutCostsIsBookedFreeLikeTheLenderBooksIt() throws {
        let moved = try BorrowingSample.state(.requestSent).transition(on: BorrowingSample.news(.loaned))
        #expect(moved.state.status == .shipped)
        #expect(moved.effects == [.bookCharge(cents: 0, currency: "CNY"), .notifyReader(.shipped)])
    }

    @Test(arguments: [ILLStatus.unfilled, .retryPossible, .cancelled])
    func aNoAsksTheNextLender(status: ILLStatus) throws {
        let moved = try BorrowingSample.state(.willSupply).transition(on: BorrowingSample.news(status))
        #expect(moved.state.status == .requestSent && moved.state.position == 1 && moved.state.lenderStatus == nil)
        #expect(moved.effects == [.sendRequest(to: BorrowingSample.second)])
    }

    @Test func aNoFromTheLastLenderEndsTheRota() throws {
        let moved = try BorrowingSample.state(.requestSent, position: 2).transition(
            on: BorrowingSample.news(.unfilled, .requestResponse))
        #expect(moved.state.status == .endOfRota)
        #expect(moved.effects == [.notifyReader(.unfilled)])
    }

    @Test func copyCompletedFetchesTheDocumentAndTellsTheReader() throws {
        let url = "https://lender.example/api/v1/documents/abc"
        let moved = try BorrowingSample.state(.willSupply, service: .copy).transition(
            on: BorrowingSample.news(.copyCompleted, costCents: 200, documentURL: url))
        #expect(moved.state.status == .completed && moved.state.documentURL == url)
        #expect(
            moved.effects == [
                .bookCharge(cents: 200, currency: "CNY"), .fetchDocument(url: url), .notifyReader(.documentReady),
            ])
    }

    @Test func copyCompletedWithoutALinkChangesNothing() throws {
        let state = BorrowingSample.state(.willSupply, service: .copy)
        let moved = try state.transition(on: BorrowingSample.news(.copyCompleted))
        #expect(moved.state.status == .willSupply && moved.effects.isEmpty)
    }

    @Test func overdueAndRecalledAreToldToTheReader() throws {
        let overdue = try BorrowingSample.state(.onLoanToReader).transition(on: BorrowingSample.news(.overdue))
        #expect(overdue.state.overdue && overdue.state.status == .onLoanToReader)
        #expect(overdue.effects == [.notifyReader(.overdue)])
        let recalled = try overdue.state.transition(on: BorrowingSample.news(.recalled, dueAt: 1_785_000_000))
        #expect(recalled.state.recalled && recalled.state.dueAt == 1_785_000_000)
        #expect(recalled.effects == [.notifyReader(.recalled)])
    }

    @Test func loanCompletedClosesTheRequest() throws {
        let moved = try BorrowingSample.state(.returnShipped).transition(on: BorrowingSample.news(.loanCompleted))
        #expect(moved.state.status == .completed && moved.effects.isEmpty)
    }

    @Test func anAcceptedRenewalMovesTheDueDate() throws {
        var state = BorrowingSample.state(.onLoanToReader)
        state.renewPending = true
        state.overdue = true
        state.dueAt = 1_780_000_000
        let moved = try state.transition(
            on: BorrowingSample.news(.loaned, .renewResponse, answer: true, dueAt: 1_790_000_000))
        #expect(!moved.state.renewPending && !moved.state.overdue && moved.state.dueAt == 1_790_000_000)
        #expect(moved.state.status == .onLoanToReader)
        #expect(moved.effects == [.notifyReader(.renewed)])
    }

    @Test func aRefusedRenewalKeepsTheDueDate() throws {
        var state = BorrowingSample.state(.shipped)
        state.renewPending = true
        state.dueAt = 1_780_000_000
        let moved = try state.transition(
            on: BorrowingSample.news(.loaned, .renewResponse, answer: false, dueAt: 1_780_000_000))
        #expect(!moved.state.renewPending && moved.state.dueAt == 1_780_000_000)
        #expect(moved.effects == [.notifyReader(.renewRefused)])
    }
}

@Suite struct CancelResponsesSettleAPendingCancel {
    @Test func yesCancels() throws {
        let pending = try BorrowingSample.state(.willSupply).transition(on: .cancel(reason: nil)).state
        let moved = try pending.transition(on: BorrowingSample.news(.cancelled, .cancelResponse, answer: true))
        #expect(moved.state.status == .cancelled)
        #expect(moved.effects == [.notifyReader(.cancelled)])
    }

    @Test func noGoesBackToWhereTheRequestWas() throws {
        let pending = try BorrowingSample.state(.willSupply).transition(on: .cancel(reason: nil)).state
        let moved = try pending.transition(on: BorrowingSample.news(.willSupply, .cancelResponse, answer: false))
        #expect(moved.state.status == .willSupply && moved.state.beforeCancel == nil)
        #expect(moved.effects.isEmpty)
    }

    @Test func noBecauseItWasShippedShipsIt() throws {
        let pending = try BorrowingSample.state(.willSupply).transition(on: .cancel(reason: nil)).state
        let moved = try pending.transition(
            on: BorrowingSample.news(.loaned, .cancelResponse, answer: false, dueAt: 1_790_000_000, costCents: 800))
        #expect(moved.state.status == .shipped && moved.state.dueAt == 1_790_000_000)
        #expect(moved.effects == [.bookCharge(cents: 800, currency: "CNY"), .notifyReader(.shipped)])
    }

    @Test func loanedWhileTheCancelIsOnItsWayShipsIt() throws {
        let pending = try BorrowingSample.state(.willSupply).transition(on: .cancel(reason: nil)).state
        let shipped = try pending.transition(on: BorrowingSample.news(.loaned, dueAt: 1_790_000_000))
        #expect(shipped.state.status == .shipped && shipped.state.beforeCancel == nil)
        let refused = try shipped.state.transition(
            on: BorrowingSample.news(.loaned, .cancelResponse, answer: false, dueAt: 1_790_000_000))
        #expect(refused.state.status == .shipped && refused.effects.isEmpty)
    }

    @Test func unfilledWhileCancellingCancels() throws {
        let pending = try BorrowingSample.state(.requestSent).transition(on: .cancel(reason: nil)).state
        let moved = try pending.transition(on: BorrowingSample.news(.unfilled))
        #expect(moved.state.status == .cancelled)
        #expect(moved.effects == [.notifyReader(.cancelled)])
    }
}

@Suite struct LateLenderMessagesChangeNothing {
    static let late: [BorrowingEvent] = [
        BorrowingSample.news(.requestReceived, .requestResponse), BorrowingSample.news(.expectToSupply),
        BorrowingSample.news(.willSupply), BorrowingSample.news(.willSupply, note: ConditionNote.offer + "NoCopies"),
        BorrowingSample.news(.unfilled), BorrowingSample.news(.retryPossible), BorrowingSample.news(.cancelled),
        BorrowingSample.news(.copyCompleted, documentURL: "https://lender.example/late"),
    ]

    @Test(arguments: [BorrowingStatus.shipped, .received, .onLoanToReader, .returnShipped, .completed])
    func answersBeforeShippingDoNotMoveAShippedLoan(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        for event in Self.late {
            let moved = try state.transition(on: event)
            #expect(moved.state.status == status && moved.effects.isEmpty, "\(event)")
            #expect(moved.state.position == state.position && moved.state.conditions.isEmpty, "\(event)")
        }
    }

    @Test(arguments: [BorrowingStatus.endOfRota, .rejected, .cancelled])
    func nothingReopensAClosedRequest(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        for event in Self.late + [BorrowingSample.news(.loaned, costCents: 800)] {
            let moved = try state.transition(on: event)
            #expect(moved.state.status == status && moved.effects.isEmpty, "\(event)")
        }
    }

    /// A `CancelResponse` answers our `Cancel`; one that comes when no cancel is pending (the last lender's
    /// answer to the time-out's Cancel, after the rota ended) must not turn the request into "cancelled".
    @Test(arguments: [BorrowingStatus.endOfRota, .shipped, .completed])
    func aCancelResponseWithoutAPendingCancelChangesNothing(status: BorrowingStatus) throws {
        let state = BorrowingSample.state(status)
        let moved = try state.transition(on: BorrowingSample.news(.cancelled, .cancelResponse, answer: true))
        #expect(moved.state.status == status && moved.effects.isEmpty)
    }
}

@Suite struct ConditionNotesTravelBetweenTheMachines {
    @Test func offersNameTheirConditions() {
        #expect(ConditionNote.conditions(in: "#LoanConditions# LibraryUseOnly") == ["LibraryUseOnly"])
        #expect(ConditionNote.conditions(in: "#LoanConditions# A,B,,C rest of the note") == ["A", "B", "C"])
        #expect(ConditionNote.conditions(in: "Note first #LoanConditions# NoCopies") == ["NoCopies"])
        #expect(ConditionNote.conditions(in: "#LoanConditions# ") == nil)
        #expect(ConditionNote.conditions(in: "LibraryUseOnly") == nil)
        #expect(ConditionNote.conditions(in: nil) == nil)
    }

    @Test func answersAreReadFromPinakesAndReShareMarkers() {
        #expect(ConditionNote.verdict(ConditionNote.accepted) == true)
        #expect(ConditionNote.verdict("ok #ReShareLoanConditionAgreeResponse#") == true)
        #expect(ConditionNote.verdict("sorry " + ConditionNote.refused) == false)
        #expect(ConditionNote.verdict("thank you") == nil)
        #expect(ConditionNote.verdict(nil) == nil)
    }

    @Test func theLendersOfferIsWhatTheBorrowerWaitsOn() throws {
        let offered = try LendingState(status: .willSupply).transition(
            on: .offerConditions(["LibraryUseOnly", "NoReproduction"], note: "reading room only"))
        guard case .sendStatus(let status, let reason, _, let note) = offered.effects.first else {
            Issue.record("expected a status message, got \(offered.effects)")
            return
        }
        let moved = try BorrowingSample.state(.willSupply).transition(
            on: BorrowingSample.news(status, reason, note: note))
        #expect(moved.state.status == .conditionsPending)
        #expect(moved.state.conditions == offered.state.conditions)
    }
}
