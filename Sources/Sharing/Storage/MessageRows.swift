import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// One message waiting in the outbox (`ill_message`, direction `out`).
struct PendingMessage: Sendable {
    var id: Int64
    var requestID: Int64?
    var kind: String
    var to: AgencyID
    var body: String
    var attempts: Int
}

/// The SQL of `ill_message`: every message in and out, the outbox, and stored confirmations for duplicates.
enum MessageRows {
    static func enqueue(
        request: Int64?, kind: ISO18626MessageKind, from: AgencyID, to: AgencyID, requestID: String, body: String,
        at: Int64, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO ill_message (request_id, direction, kind, from_agency, to_agency, requesting_request_id, body,
                status, attempts, next_attempt_at, at)
            VALUES (\(bind: request), 'out', \(bind: kind.rawValue), \(bind: from.description),
                \(bind: to.description), \(bind: requestID), \(bind: body), 'pending', 0, \(bind: at), \(bind: at))
            """
        ).run()
    }

    /// Stores an accepted incoming message with the confirmation we answered.
    static func recordIncoming(
        request: Int64?, kind: ISO18626MessageKind, from: AgencyID, to: AgencyID, requestID: String, digest: String,
        body: String, confirmation: String, at: Int64, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO ill_message (request_id, direction, kind, from_agency, to_agency, requesting_request_id,
                digest, body, confirmation, status, at, sent_at)
            VALUES (\(bind: request), 'in', \(bind: kind.rawValue), \(bind: from.description), \(bind: to.description),
                \(bind: requestID), \(bind: digest), \(bind: body), \(bind: confirmation), 'ok', \(bind: at), \(bind: at))
            """
        ).run()
    }

    /// The confirmation already given to an identical message, if it came before.
    static func confirmation(digest: String, on sql: any SQLDatabase) async throws -> String? {
        try await sql.raw(
            "SELECT confirmation FROM ill_message WHERE direction = 'in' AND digest = \(bind: digest)"
        ).first().flatMap { try RowReader($0).string("confirmation") }
    }

    /// Claims the oldest due message of each request (messages of one request go out in order), marking them
    /// `sending` with a lease so that another process does not send them too.
    static func claimDue(now: Int64, limit: Int, on sql: any SQLDatabase) async throws -> [PendingMessage] {
        let rows = try await sql.raw(
            """
            SELECT m.id, m.request_id, m.kind, m.to_agency, m.body, m.attempts FROM ill_message m
            WHERE m.direction = 'out' AND m.status IN ('pending', 'sending') AND m.next_attempt_at <= \(bind: now)
                AND NOT EXISTS (SELECT 1 FROM ill_message e WHERE e.direction = 'out' AND e.request_id = m.request_id
                    AND e.id < m.id AND e.status IN ('pending', 'sending'))
            ORDER BY m.id LIMIT \(literal: limit)
            """
        ).all()
        var claimed: [PendingMessage] = []
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            let won = try await sql.raw(
                """
                UPDATE ill_message SET status = 'sending', next_attempt_at = \(bind: now + 120)
                WHERE id = \(bind: id) AND next_attempt_at <= \(bind: now) RETURNING id
                """
            ).all()
            guard !won.isEmpty else { continue }
            claimed.append(
                PendingMessage(
                    id: id, requestID: try RowReader(row).int64("request_id"),
                    kind: try row.decode(column: "kind", as: String.self),
                    to: SharingRows.agency(try row.decode(column: "to_agency", as: String.self)),
                    body: try row.decode(column: "body", as: String.self),
                    attempts: Int(try row.decode(column: "attempts", as: Int64.self))))
        }
        return claimed
    }

    /// Records the outcome of one attempt: `sent` (OK), `error` (the peer refused it), or a retry later.
    static func settle(
        _ id: Int64, status: String, confirmation: String?, errorType: String?, errorValue: String?,
        retryAt: Int64?, at: Int64, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE ill_message SET status = \(bind: status), confirmation = \(bind: confirmation),
                error_type = \(bind: errorType), error_value = \(bind: errorValue), attempts = attempts + 1,
                next_attempt_at = \(bind: retryAt), sent_at = \(bind: at)
            WHERE id = \(bind: id)
            """
        ).run()
    }
}
