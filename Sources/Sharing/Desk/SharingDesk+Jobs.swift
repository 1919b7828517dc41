import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// What one run of the sharing jobs did.
public struct SharingJobSummary: Sendable, Equatable, Encodable {
    public var messagesSent: Int
    public var lendersTimedOut: Int
    public var loansOverdue: Int
    public var documentsFetched: Int
}

extension SharingDesk {
    /// The scheduled work: send the outbox, move on from lenders that did not answer in time, tell borrowers
    /// about overdue loans, fetch delivered copies not fetched yet.
    public func runJobs() async throws -> SharingJobSummary {
        var summary = SharingJobSummary(messagesSent: 0, lendersTimedOut: 0, loansOverdue: 0, documentsFetched: 0)
        summary.messagesSent = await deliverOutbox()
        let now = clock.epochSeconds
        let late = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT id FROM ill_request WHERE role = 'borrowing' AND status = 'request-sent'
                    AND answer_by IS NOT NULL AND answer_by < \(bind: now)
                """
            ).all().map { try $0.decode(column: "id", as: Int64.self) }
        }
        for id in late {
            try await applyBorrowing(id, .answerTimedOut, name: "answer-timed-out", note: "no answer in time")
            summary.lendersTimedOut += 1
        }
        for record in try await list(.lending, statuses: [LendingStatus.shipped.rawValue], limit: 500) {
            let state = try record.lending()
            guard !state.overdue, let due = state.dueAt, due < now else { continue }
            try await apply(record.id, .markOverdue, event: "overdue", actor: "pinakes")
            summary.loansOverdue += 1
        }
        for record in try await list(.borrowing, statuses: [BorrowingStatus.completed.rawValue], limit: 200) {
            guard record.service == .copy, let url = try record.borrowing().documentURL,
                try await documents(of: record.id).isEmpty
            else { continue }
            if (try? await fetchDocument(request: record.id, from: url)) != nil { summary.documentsFetched += 1 }
        }
        summary.messagesSent += await deliverOutbox()
        return summary
    }
}
