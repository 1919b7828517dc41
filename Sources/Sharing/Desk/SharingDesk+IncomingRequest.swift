import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// A peer's `request`: stored in the lending queue of the library that can best supply it (idempotent on
    /// the requesting agency's request id), then answered at once when the settings allow.
    func acceptRequest(_ request: ILLRequest, _ stored: StoredIncoming) async throws -> String {
        let header = request.header
        let sender = header.requestingAgency
        let own = try await database.withConnection { sql in
            try await parties(
                sender: sender, addressee: header.supplyingAgency, authentication: header.authentication,
                tokenAccount: stored.tokenAccount, on: sql
            ).own
        }
        let type = request.serviceInfo?.requestType ?? .new
        let existing = try await database.withConnection { sql in
            try await SharingRows.lending(from: sender, requestID: header.requestingAgencyRequestID, on: sql)
        }
        if let existing {
            return try await repeatRequest(request, type: type, existing: existing, stored)
        }
        guard type == .new else {
            throw SharingRefusal.protocolError(
                .unrecognisedDataValue,
                "requestType \(type.rawValue): there is no request \(header.requestingAgencyRequestID) from \(sender)")
        }
        let found = try await match(request.bibliographicInfo, own: own)
        var initial = LendingState(service: request.serviceInfo?.serviceType ?? .loan)
        initial.clusterID = found.clusterID
        let state = initial
        let now = clock.epochSeconds
        let confirmation = ISO18626Writer.xml(Confirmations.make(for: .request(request), error: nil, at: clock.now))
        let new = NewILLRequest(
            role: .lending, requestingAgency: sender, requestingRequestID: header.requestingAgencyRequestID,
            supplyingAgency: own.agency, supplyingRequestID: "PNK-" + UUID().uuidString.lowercased(),
            libraryID: found.libraryID, readerID: nil, status: state.status.rawValue, stateJSON: try Self.json(state),
            service: state.service, title: request.bibliographicInfo.title ?? "(no title)",
            author: request.bibliographicInfo.author ?? "", requestXML: stored.body,
            requestJSON: try Self.json(request),
            copyrightKey: nil, copyrightYear: nil, answerBy: nil, note: request.serviceInfo?.note ?? "")
        let id = try await write { sql in
            let id = try await SharingRows.insert(new, at: now, on: sql)
            try await SharingRows.addEvent(
                request: id, at: now, actor: "peer:\(sender)", event: "received", from: "", to: state.status.rawValue,
                note: found.clusterID == nil
                    ? "not found in the catalogue"
                    : "title \(found.clusterID ?? 0), "
                        + "\(found.available) on the shelf at \(found.libraryCode)", on: sql)
            try await MessageRows.recordIncoming(
                request: id, kind: .request, from: sender, to: own.agency, requestID: header.requestingAgencyRequestID,
                digest: stored.digest, body: stored.body, confirmation: confirmation, at: now, on: sql)
            return id
        }
        // The request is stored and confirmed whatever the automatic answer does; staff see it in the queue.
        do {
            try await answerAutomatically(id, match: found)
        } catch {
            logger.warning("request \(id) from \(sender): no automatic answer: \(error)")
        }
        return confirmation
    }

    /// A `request` for an id we already have: a `Reminder` is noted, a `Retry` reopens an unfilled request,
    /// and a second `New` is refused (the id is taken).
    private func repeatRequest(
        _ request: ILLRequest, type: RequestType, existing: ILLRequestRecord, _ stored: StoredIncoming
    ) async throws -> String {
        let header = request.header
        guard type != .new else {
            throw SharingRefusal.protocolError(
                .unrecognisedDataValue,
                "requestingAgencyRequestId \(header.requestingAgencyRequestID) is already in use by request "
                    + "\(existing.supplyingRequestID ?? String(existing.id))")
        }
        let confirmation = ISO18626Writer.xml(Confirmations.make(for: .request(request), error: nil, at: clock.now))
        let now = clock.epochSeconds
        try await write { sql in
            guard let record = try await SharingRows.request(id: existing.id, on: sql) else { return }
            var state = try record.lending()
            if type == .retry {
                guard state.status == .unfilled || state.status == .cancelled else {
                    throw SharingRefusal.protocolError(
                        .unrecognisedDataValue, "requestType Retry: the request is \(state.reportedStatus.rawValue)")
                }
                let before = state.status
                state.status = .received
                try await SharingRows.update(
                    record, status: state.status.rawValue, stateJSON: try Self.json(state), answerBy: nil, at: now,
                    on: sql)
                try await SharingRows.addEvent(
                    request: record.id, at: now, actor: "peer:\(header.requestingAgency)", event: "retry",
                    from: before.rawValue, to: state.status.rawValue, note: "", on: sql)
            } else {
                try await SharingRows.addEvent(
                    request: record.id, at: now, actor: "peer:\(header.requestingAgency)", event: "reminder",
                    from: state.status.rawValue, to: state.status.rawValue, note: "", on: sql)
            }
            try await MessageRows.recordIncoming(
                request: record.id, kind: .request, from: header.requestingAgency, to: header.supplyingAgency,
                requestID: header.requestingAgencyRequestID, digest: stored.digest, body: stored.body,
                confirmation: confirmation, at: now, on: sql)
        }
        return confirmation
    }
}
