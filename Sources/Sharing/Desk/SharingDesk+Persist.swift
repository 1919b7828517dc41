import Circulation
import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// Work a transition leaves for after its transaction: circulation calls (which run their own transactions)
/// and documents to fetch.
struct AfterCommit: Sendable {
    var renew: String?
    var fetch: String?
    var requestID: Int64

    init(requestID: Int64) { self.requestID = requestID }
}

extension SharingDesk {
    /// Stores a borrowing transition: the new state, messages to the lender, bookings, history.
    @discardableResult
    func persist(
        _ record: ILLRequestRecord, _ transition: SharingTransition<BorrowingState>, event: String, actor: String,
        note: String = "", on sql: any SQLDatabase
    ) async throws -> AfterCommit {
        let now = clock.epochSeconds
        var record = record
        var answerBy = record.answerBy
        var after = AfterCommit(requestID: record.id)
        let before = try record.borrowing()
        if transition.state.position != before.position, let old = before.position, before.status != .pendingReview {
            try await SharingRows.setRotaOutcome(
                request: record.id, position: old, outcome: outcome(of: before, event: event), asked: false, at: now,
                on: sql)
        }
        for effect in transition.effects {
            switch effect {
            case .sendRequest(let lender):
                answerBy = try await sendRequest(&record, to: lender, position: transition.state.position, on: sql)
            case .sendAction(let action, let note):
                try await sendAction(action, note: note, record: record, on: sql)
            case .notifyReader(let kind):
                try await notify(record, kind, state: transition.state, at: now, on: sql)
            case .bookCharge(let cents, let currency):
                try await LedgerRows.book(
                    record: record, lender: record.supplyingAgency ?? record.requestingAgency,
                    borrower: record.requestingAgency, cents: cents, currency: currency, at: now, on: sql)
            case .fetchDocument(let url):
                after.fetch = url
            case .sendStatus, .lendCopy, .returnCopy, .renewCopy:
                continue
            }
        }
        // Only an unanswered request times out; a lender that expects to supply has answered.
        if transition.state.status != .requestSent { answerBy = nil }
        let supplied = transition.state.status == .shipped || transition.state.status == .completed
        if supplied, before.status.isWaitingForLender || before.status == .cancelPending {
            try await SharingRows.setRotaOutcome(
                request: record.id, position: transition.state.position ?? 0, outcome: "supplying", asked: false,
                at: now, on: sql)
        }
        try await SharingRows.update(
            record, status: transition.state.status.rawValue, stateJSON: try Self.json(transition.state),
            answerBy: answerBy, at: now, on: sql)
        try await SharingRows.addEvent(
            request: record.id, at: now, actor: actor, event: event, from: before.status.rawValue,
            to: transition.state.status.rawValue, note: note, on: sql)
        return after
    }

    /// The reader's news: a line in the request's history, and a mailed notice for what they must act on.
    private func notify(
        _ record: ILLRequestRecord, _ kind: ILLNoticeKind, state: BorrowingState, at now: Int64, on sql: any SQLDatabase
    ) async throws {
        try await SharingRows.addEvent(
            request: record.id, at: now, actor: "pinakes", event: "notice:\(kind.rawValue)",
            from: state.status.rawValue, to: state.status.rawValue, note: "", on: sql)
        guard let reader = record.readerID, InterlibraryNotice.mailed.contains(kind.rawValue) else { return }
        try await InterlibraryNotice.queue(
            reader: reader, library: record.libraryID,
            occasion: "ill:\(record.id):\(kind.rawValue):\(state.position ?? -1):\(state.dueAt ?? 0)",
            title: record.title, event: kind.rawValue, at: now, on: sql)
    }

    private func outcome(of before: BorrowingState, event: String) -> String {
        if event.contains("timed-out") { return "no-answer" }
        if event.contains("send-failed") { return "unreachable" }
        if event.contains("Cancelled") || event.contains("cancel") { return "cancelled" }
        return "unfilled"
    }

    /// Puts the `request` to `lender` in the outbox; the answer is due within the lender's hours.
    private func sendRequest(
        _ record: inout ILLRequestRecord, to lender: AgencyID, position: Int?, on sql: any SQLDatabase
    ) async throws -> Int64 {
        let now = clock.epochSeconds
        guard let peer = try await SharingDirectory.peer(lender, on: sql) else {
            throw SharingRefusal.notFound("lender \(lender) is not in the peers directory")
        }
        let request = OutgoingMessages.request(try record.request(), to: peer, at: clock.now)
        let body = ISO18626Writer.xml(.request(request))
        record.supplyingAgency = lender
        record.supplyingRequestID = nil
        try await MessageRows.enqueue(
            request: record.id, kind: .request, from: record.requestingAgency, to: lender,
            requestID: record.requestingRequestID, body: body, at: now, on: sql)
        if let position {
            try await SharingRows.setRotaOutcome(
                request: record.id, position: position, outcome: "asked", asked: true, at: now, on: sql)
        }
        return now + Int64(peer.answerHours) * 3600
    }

    private func sendAction(_ action: ILLAction, note: String?, record: ILLRequestRecord, on sql: any SQLDatabase)
        async throws
    {
        guard let lender = record.supplyingAgency, let peer = try await SharingDirectory.peer(lender, on: sql) else {
            return
        }
        let message = OutgoingMessages.action(action, note: note, record: record, lender: peer, at: clock.now)
        try await MessageRows.enqueue(
            request: record.id, kind: .requestingAgencyMessage, from: record.requestingAgency, to: lender,
            requestID: record.requestingRequestID, body: ISO18626Writer.xml(.requestingAgencyMessage(message)),
            at: clock.epochSeconds, on: sql)
    }
}
