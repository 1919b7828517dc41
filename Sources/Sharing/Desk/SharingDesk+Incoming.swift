import Crypto
import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// Who sent an incoming message and which of our agencies it is addressed to, once authenticated.
struct IncomingParties: Sendable {
    var peer: Peer
    var own: OwnAgency
}

extension SharingDesk {
    /// Answers one document POSTed to `/iso18626` with its confirmation (always an ISO 18626 document).
    ///
    /// A message that cannot be read, or that the protocol refuses (unknown agency, bad credentials, an
    /// action out of order, an unknown request), changes nothing: only the refusal is written to the audit
    /// log, and the confirmation says ERROR with its `errorType`. A message received before is answered with
    /// the confirmation it got then. `tokenAccount` is the `peer` account of a bearer token, if one came.
    public func receive(_ bytes: [UInt8], tokenAccount: String?) async throws -> String {
        let now = clock.now
        let document: ISO18626Document
        switch codec.read(bytes) {
        case .failure(let refusal):
            try await audit(
                refusal.description, kind: refusal.kind, requestID: refusal.header.requestingAgencyRequestID)
            ISO18626Metrics.received(refusal.kind, "unreadable")
            return ISO18626Writer.xml(Confirmations.make(for: refusal, at: now))
        case .success(let read):
            document = read
        }
        let message = document.message
        let digest = SHA256.hash(data: Data(bytes)).map { String(format: "%02x", $0) }.joined()
        if let earlier = try await database.withConnection({ sql in
            try await MessageRows.confirmation(digest: digest, on: sql)
        }) {
            ISO18626Metrics.received(message.kind, "duplicate")
            return earlier
        }
        do {
            let answer = try await accept(
                message, body: String(decoding: bytes, as: UTF8.self), digest: digest,
                tokenAccount: tokenAccount)
            ISO18626Metrics.received(message.kind, "accepted")
            return answer
        } catch let refusal as SharingRefusal {
            // The same message may have been stored by a delivery racing this one: its answer stands.
            if let earlier = try await database.withConnection({ sql in
                try await MessageRows.confirmation(digest: digest, on: sql)
            }) {
                return earlier
            }
            let error: ErrorData
            if case .protocolError(let type, let value) = refusal {
                error = ErrorData(errorType: type, errorValue: value)
            } else {
                error = ErrorData(errorType: .unrecognisedDataValue, errorValue: refusal.english)
            }
            try await audit(
                "\(error.errorType.rawValue): \(error.errorValue ?? "")", kind: message.kind,
                requestID: message.requestingAgencyRequestID)
            ISO18626Metrics.received(message.kind, "refused")
            return ISO18626Writer.xml(Confirmations.make(for: message, error: error, at: now))
        } catch  where DatabaseErrorText.isUniqueViolation(error) {
            // The same message arrived twice at once; the other delivery stored it and its answer.
            if let earlier = try await database.withConnection({ sql in
                try await MessageRows.confirmation(digest: digest, on: sql)
            }) {
                return earlier
            }
            throw error
        }
    }

    private func accept(_ message: ISO18626Message, body: String, digest: String, tokenAccount: String?)
        async throws -> String
    {
        let stored = StoredIncoming(body: body, digest: digest, tokenAccount: tokenAccount)
        switch message {
        case .request(let request):
            return try await acceptRequest(request, stored)
        case .supplyingAgencyMessage(let update):
            return try await acceptLenderMessage(update, stored)
        case .requestingAgencyMessage(let update):
            return try await acceptRequesterMessage(update, stored)
        case .requestConfirmation, .supplyingAgencyMessageConfirmation, .requestingAgencyMessageConfirmation:
            throw SharingRefusal.protocolError(
                .unrecognisedDataElement,
                "\(message.kind.rawValue) is a confirmation: it answers a message in the HTTP response, it is not sent")
        }
    }

    /// Checks that `sender` is a peer we know (not suspended, with the right credentials or token) and that
    /// `addressee` is one of our own agency ids.
    func parties(
        sender: AgencyID, addressee: AgencyID, authentication: RequestingAgencyAuthentication?, tokenAccount: String?,
        on sql: any SQLDatabase
    ) async throws -> IncomingParties {
        guard let peer = try await SharingDirectory.peer(sender, on: sql) else {
            throw SharingRefusal.protocolError(
                .unrecognisedDataValue, "agency \(sender) is not in this node's peers directory")
        }
        if peer.suspended {
            throw SharingRefusal.protocolError(.unrecognisedDataValue, "agency \(sender) is suspended here")
        }
        let own = try await SharingDirectory.ownAgencies(on: sql).first {
            $0.agency.type.uppercased() == addressee.type.uppercased() && $0.agency.value == addressee.value
        }
        guard let own else {
            throw SharingRefusal.protocolError(
                .unrecognisedDataValue, "agency \(addressee) is not served by this node")
        }
        let needsProof = try await SharingDirectory.requiresSecret(sender, on: sql) || peer.peerAccount != nil
        if needsProof {
            let byToken = tokenAccount != nil && tokenAccount == peer.peerAccount
            let byCode = try await SharingDirectory.authenticates(
                sender, accountID: authentication?.accountID, securityCode: authentication?.securityCode, on: sql)
            guard byToken || byCode else {
                throw SharingRefusal.protocolError(
                    .unrecognisedDataValue,
                    "requestingAgencyAuthentication: the account id and security code of \(sender) were not accepted")
            }
        }
        return IncomingParties(peer: peer, own: own)
    }

    /// Writes a refused message to the audit log (and nothing else).
    func audit(_ detail: String, kind: ISO18626MessageKind?, requestID: String?) async throws {
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await AuditLog.record(
                on: sql, at: now, actor: "iso18626", action: "iso18626.refused", entity: kind?.rawValue ?? "message",
                entityID: requestID ?? "", detail: String(detail.prefix(1000)))
        }
    }
}

/// An incoming message's text and digest, stored with the state change it causes.
struct StoredIncoming: Sendable {
    var body: String
    var digest: String
    var tokenAccount: String?
}
