import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// A lender's `supplyingAgencyMessage` about a request we sent: the borrowing machine moves on.
    func acceptLenderMessage(_ message: SupplyingAgencyMessage, _ stored: StoredIncoming) async throws -> String {
        let header = message.header
        let confirmation = ISO18626Writer.xml(
            Confirmations.make(for: .supplyingAgencyMessage(message), error: nil, at: clock.now))
        let news = LenderNews(
            status: message.statusInfo.status, reason: message.messageInfo.reasonForMessage,
            answer: message.messageInfo.answerYesNo,
            note: message.messageInfo.note ?? message.messageInfo.reasonUnfilled?.value,
            dueAt: message.statusInfo.dueDate.map { Int64($0.timeIntervalSince1970) },
            costCents: message.deliveryInfo?.deliveryCosts?.cents,
            currency: message.deliveryInfo?.deliveryCosts?.currencyCode,
            documentURL: message.statusInfo.status == .copyCompleted
                ? (message.deliveryInfo?.itemID ?? message.messageInfo.note) : nil)
        let after = try await write { sql in
            _ = try await parties(
                sender: header.supplyingAgency, addressee: header.requestingAgency,
                authentication: header.authentication, tokenAccount: stored.tokenAccount, on: sql)
            guard var record = try await SharingRows.borrowing(requestID: header.requestingAgencyRequestID, on: sql)
            else {
                throw SharingRefusal.protocolError(
                    .unrecognisedDataValue,
                    "requestingAgencyRequestId \(header.requestingAgencyRequestID) is unknown here")
            }
            let asked = try await SharingRows.rota(request: record.id, on: sql).filter { $0.outcome != "waiting" }
                .map(\.agency)
            let sender = header.supplyingAgency.description
            guard record.supplyingAgency?.description == sender else {
                guard asked.contains(sender) else {
                    throw SharingRefusal.protocolError(
                        .unrecognisedDataValue,
                        "supplyingAgencyId \(sender) was not asked for \(header.requestingAgencyRequestID)")
                }
                // A late answer from a lender we already gave up on: kept, changes nothing.
                try await self.recordIncoming(
                    record.id, header, kind: .supplyingAgencyMessage, stored, confirmation, on: sql)
                return AfterCommit(requestID: record.id)
            }
            if record.supplyingRequestID == nil { record.supplyingRequestID = header.supplyingAgencyRequestID }
            let transition = try record.borrowing().transition(on: .lender(news))
            let after = try await persist(
                record, transition, event: "lender:\(news.status.rawValue)", actor: "peer:\(sender)",
                note: news.note ?? "", on: sql)
            try await self.recordIncoming(
                record.id, header, kind: .supplyingAgencyMessage, stored, confirmation, on: sql)
            return after
        }
        await finish(after)
        return confirmation
    }

    /// A requester's `requestingAgencyMessage` about a request we are lending: the lending machine moves on,
    /// or refuses an action out of order with `UnsupportedActionType`.
    func acceptRequesterMessage(_ message: RequestingAgencyMessage, _ stored: StoredIncoming) async throws -> String {
        let header = message.header
        let confirmation = ISO18626Writer.xml(
            Confirmations.make(for: .requestingAgencyMessage(message), error: nil, at: clock.now))
        let after = try await write { sql in
            _ = try await parties(
                sender: header.requestingAgency, addressee: header.supplyingAgency,
                authentication: header.authentication, tokenAccount: stored.tokenAccount, on: sql)
            guard
                let record = try await SharingRows.lending(
                    from: header.requestingAgency, requestID: header.requestingAgencyRequestID, on: sql)
            else {
                throw SharingRefusal.protocolError(
                    .unrecognisedDataValue,
                    "requestingAgencyRequestId \(header.requestingAgencyRequestID) from \(header.requestingAgency) "
                        + "is unknown here")
            }
            let transition = try record.lending().transition(on: .requester(message.action, note: message.note))
            let after = try await persist(
                record, transition, event: "requester:\(message.action.rawValue)",
                actor: "peer:\(header.requestingAgency)", note: message.note ?? "", on: sql)
            try await self.recordIncoming(
                record.id, header, kind: .requestingAgencyMessage, stored, confirmation, on: sql)
            return after
        }
        await finish(after)
        return confirmation
    }

    private func recordIncoming(
        _ request: Int64, _ header: MessageHeader, kind: ISO18626MessageKind, _ stored: StoredIncoming,
        _ confirmation: String, on sql: any SQLDatabase
    ) async throws {
        let from = kind == .supplyingAgencyMessage ? header.supplyingAgency : header.requestingAgency
        let to = kind == .supplyingAgencyMessage ? header.requestingAgency : header.supplyingAgency
        try await MessageRows.recordIncoming(
            request: request, kind: kind, from: from, to: to, requestID: header.requestingAgencyRequestID,
            digest: stored.digest, body: stored.body, confirmation: confirmation, at: clock.epochSeconds, on: sql)
    }
}
