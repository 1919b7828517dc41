import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// Stores a lending transition: the new state, messages to the requester, bookings, history. Circulation
    /// effects are returned for the caller to carry out (or already done, for a shipment).
    @discardableResult
    func persist(
        _ record: ILLRequestRecord, _ transition: SharingTransition<LendingState>, event: String, actor: String,
        note: String = "", on sql: any SQLDatabase
    ) async throws -> AfterCommit {
        let now = clock.epochSeconds
        var after = AfterCommit(requestID: record.id)
        let before = try record.lending()
        let requester = try await SharingDirectory.peer(record.requestingAgency, on: sql)
        var costs: Costs?
        for effect in transition.effects {
            if case .bookCharge(let cents, let currency) = effect {
                costs = Costs(currencyCode: currency, cents: cents)
                try await LedgerRows.book(
                    record: record, lender: record.supplyingAgency ?? AgencyID(value: record.libraryCode),
                    borrower: record.requestingAgency, cents: cents, currency: currency, at: now, on: sql)
            }
        }
        for effect in transition.effects {
            switch effect {
            case .sendStatus(let status, let reason, let answer, let note):
                let message = OutgoingMessages.status(
                    status, reason: reason, answer: answer, note: note, record: record, state: transition.state,
                    costs: costs, requester: requester, at: clock.now)
                try await MessageRows.enqueue(
                    request: record.id, kind: .supplyingAgencyMessage, from: message.header.supplyingAgency,
                    to: record.requestingAgency, requestID: record.requestingRequestID,
                    body: ISO18626Writer.xml(.supplyingAgencyMessage(message)), at: now, on: sql)
            case .renewCopy(let barcode): after.renew = barcode
            default: continue
            }
        }
        try await SharingRows.update(
            record, status: transition.state.status.rawValue, stateJSON: try Self.json(transition.state),
            answerBy: nil, at: now, on: sql)
        try await SharingRows.addEvent(
            request: record.id, at: now, actor: actor, event: event, from: before.status.rawValue,
            to: transition.state.status.rawValue, note: note, on: sql)
        return after
    }
}
