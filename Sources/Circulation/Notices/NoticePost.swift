import Catalog
import Foundation
import Mail
import PinakesCore
import SQLKit

/// What one delivery run did with the notices outbox.
public struct NoticeDelivery: Sendable, Hashable, Codable {
    public var sent: Int
    /// Refused for good by the relay (bad address), or given up after several temporary failures.
    public var failed: Int
    /// Readers without an e-mail address: the notice stays in their account only.
    public var noAddress: Int
    /// Temporary failures, tried again on the next run.
    public var retrying: Int
}

/// Sends queued notices by e-mail through the consortium's SMTP relay. A notice is claimed before it is sent
/// and marked sent once the relay accepts it, so no reader is told twice; a temporary refusal is tried again.
public struct NoticePost: Sendable {
    public let database: Database
    public let relay: SMTPRelay
    public let sender: MailAddress
    public let clock: Clock
    /// Give up on a notice after this many temporary failures.
    public static let maxAttempts = 5

    public init(database: Database, relay: SMTPRelay, sender: MailAddress, clock: Clock = .system) {
        self.database = database
        self.relay = relay
        self.sender = sender
        self.clock = clock
    }

    /// Sends every pending notice, in batches.
    public func deliverPending(batch: Int = 100) async throws -> NoticeDelivery {
        var total = NoticeDelivery(sent: 0, failed: 0, noAddress: 0, retrying: 0)
        while true {
            let claimed = try await claim(limit: batch)
            if claimed.isEmpty { break }
            let outcome = try await send(claimed)
            total.sent += outcome.sent
            total.failed += outcome.failed
            total.noAddress += outcome.noAddress
            total.retrying += outcome.retrying
            if claimed.count < batch || outcome.retrying == claimed.count { break }
        }
        return total
    }

    private func claim(limit: Int) async throws -> [OutgoingNotice] {
        let now = clock.epochSeconds
        return try await database.transaction { sql in
            let rows = try await sql.raw(
                """
                SELECT n.id, n.kind, n.deadline, n.attempts, p.name, p.email, l.name AS library_name,
                    l.name_zh AS library_name_zh, r.display, i.barcode, n.title, n.detail
                FROM circ_notice n JOIN patron_reader p ON p.id = n.reader_id
                LEFT JOIN org_library l ON l.id = n.library_id LEFT JOIN item_copy i ON i.id = n.copy_id
                LEFT JOIN bib_source_record r ON r.id = i.record_id
                WHERE n.status = 'pending' ORDER BY n.id LIMIT \(bind: limit)
                """
            ).all()
            let notices = try rows.map(OutgoingNotice.init(row:))
            guard !notices.isEmpty else { return [] }
            try await sql.raw(
                """
                UPDATE circ_notice SET status = 'sending', attempts = attempts + 1
                WHERE id IN (\(binds: notices.map(\.id))) AND status = 'pending'
                """
            ).run()
            _ = now
            return notices
        }
    }

    private func send(_ notices: [OutgoingNotice]) async throws -> NoticeDelivery {
        var outcome = NoticeDelivery(sent: 0, failed: 0, noAddress: 0, retrying: 0)
        var addressed: [(OutgoingNotice, MailMessage)] = []
        var marks: [(Int64, String, String?)] = []
        for notice in notices {
            guard let email = notice.email, let address = try? MailAddress(email, name: notice.readerName) else {
                marks.append((notice.id, "no-address", nil))
                outcome.noAddress += 1
                continue
            }
            addressed.append((notice, notice.message(from: sender, to: address)))
        }
        let results = addressed.isEmpty ? [] : try await SMTPClient(relay: relay).send(addressed.map(\.1))
        for ((notice, _), result) in zip(addressed, results) {
            switch result {
            case .success:
                marks.append((notice.id, "sent", nil))
                outcome.sent += 1
            case .failure(let error) where error.isTemporary && notice.attempts + 1 < Self.maxAttempts:
                marks.append((notice.id, "pending", error.description))
                outcome.retrying += 1
            case .failure(let error):
                marks.append((notice.id, "failed", error.description))
                outcome.failed += 1
            }
        }
        let now = clock.epochSeconds
        try await database.transaction { sql in
            for (id, status, error) in marks {
                try await sql.raw(
                    """
                    UPDATE circ_notice SET status = \(bind: status), last_error = \(bind: error),
                        sent_at = \(bind: status == "sent" ? now : nil)
                    WHERE id = \(bind: id)
                    """
                ).run()
            }
        }
        return outcome
    }
}
