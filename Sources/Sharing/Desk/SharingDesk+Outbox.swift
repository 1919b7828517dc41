import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDesk {
    /// Waits between attempts to reach a peer: 30 s, 1, 2, 4, 8 minutes; after that a message has failed.
    static let retryDelays: [Int64] = [30, 60, 120, 240, 480]

    /// Sends every message due in the outbox, in order per request, and records each peer's confirmation. A
    /// `request` the peer refuses (ERROR), or cannot be reached with after the retries, moves the borrowing
    /// request to the next lender on its rota.
    @discardableResult
    public func deliverOutbox() async -> Int {
        var sent = 0
        while true {
            let now = clock.epochSeconds
            let due: [PendingMessage]
            do {
                due = try await database.transaction { sql in
                    try await MessageRows.claimDue(now: now, limit: 20, on: sql)
                }
            } catch {
                logger.warning("outbox: \(error)")
                return sent
            }
            if due.isEmpty { return sent }
            for message in due {
                await deliver(message)
                sent += 1
            }
        }
    }

    private func deliver(_ message: PendingMessage) async {
        do {
            guard let peer = try await directory.peer(message.to) else {
                try await settle(
                    message,
                    refused: ErrorData(
                        errorType: .unrecognisedDataValue,
                        errorValue: "\(message.to) is no longer in the peers directory"), confirmation: nil)
                return
            }
            let answer = try await transport.post(
                Array(message.body.utf8), to: peer.endpoint, token: peer.outgoingToken)
            let text = String(decoding: answer, as: UTF8.self)
            switch codec.read(answer) {
            case .success(let document):
                if let error = document.message.errorData, document.message.confirmationHeader?.messageStatus == .error
                {
                    try await settle(message, refused: error, confirmation: text)
                } else {
                    try await database.transaction { sql in
                        try await MessageRows.settle(
                            message.id, status: "sent", confirmation: text, errorType: nil, errorValue: nil,
                            retryAt: nil, at: clock.epochSeconds, on: sql)
                    }
                    ISO18626Metrics.sent(message.kind, "sent")
                }
            case .failure(let refusal):
                try await retry(message, reason: "unreadable confirmation: \(refusal.description)")
            }
        } catch {
            try? await retry(message, reason: (error as? SharingRefusal)?.english ?? "\(error)")
        }
    }

    /// The peer answered ERROR: the message is settled as refused; a refused `request` moves the rota on.
    private func settle(_ message: PendingMessage, refused error: ErrorData, confirmation: String?) async throws {
        try await database.transaction { sql in
            try await MessageRows.settle(
                message.id, status: "error", confirmation: confirmation, errorType: error.errorType.rawValue,
                errorValue: error.errorValue, retryAt: nil, at: clock.epochSeconds, on: sql)
        }
        ISO18626Metrics.sent(message.kind, "refused")
        logger.warning("\(message.to) refused \(message.kind): \(error.errorType.rawValue) \(error.errorValue ?? "")")
        if message.kind == ISO18626MessageKind.request.rawValue, let request = message.requestID {
            try await applyBorrowing(
                request, .sendFailed(reason: error.errorValue ?? error.errorType.rawValue), name: "send-failed",
                note: "\(error.errorType.rawValue): \(error.errorValue ?? "")")
        }
    }

    /// The peer could not be reached: try again later, or give up after the last delay.
    private func retry(_ message: PendingMessage, reason: String) async throws {
        let now = clock.epochSeconds
        let giveUp = message.attempts >= Self.retryDelays.count
        try await database.transaction { sql in
            try await MessageRows.settle(
                message.id, status: giveUp ? "failed" : "pending", confirmation: nil, errorType: nil,
                errorValue: reason, retryAt: giveUp ? nil : now + Self.retryDelays[message.attempts], at: now, on: sql)
        }
        ISO18626Metrics.sent(message.kind, giveUp ? "failed" : "retry")
        logger.info("outbox: \(message.kind) to \(message.to) not delivered (\(reason))")
        if giveUp, message.kind == ISO18626MessageKind.request.rawValue, let request = message.requestID {
            try await applyBorrowing(request, .sendFailed(reason: reason), name: "send-failed", note: reason)
        }
    }
}
