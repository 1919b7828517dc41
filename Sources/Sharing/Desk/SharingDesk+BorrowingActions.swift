import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// What borrowing staff (or the reader, for cancel and renew) do with a request we sent.
public enum BorrowingAction: String, Sendable, Codable, CaseIterable {
    case reject
    case acceptConditions = "accept-conditions"
    case refuseConditions = "refuse-conditions"
    /// The item arrived at the pickup library.
    case receive
    case lendToReader = "lend-to-reader"
    case readerReturned = "reader-returned"
    case shipReturn = "ship-return"
    case cancel
    case renew
    case statusRequest = "status-request"

    /// The actions a reader may take on their own request.
    public var isReaders: Bool { self == .cancel || self == .renew }

    func event(note: String?) -> BorrowingEvent {
        switch self {
        case .reject: return .reject(reason: note ?? "")
        case .acceptConditions: return .acceptConditions
        case .refuseConditions: return .refuseConditions
        case .receive: return .receive
        case .lendToReader: return .lendToReader
        case .readerReturned: return .readerReturned
        case .shipReturn: return .shipReturn
        case .cancel: return .cancel(reason: note)
        case .renew: return .renew
        case .statusRequest: return .statusRequest
        }
    }
}

extension SharingDesk {
    /// Approves a request waiting for review: builds its rota and sends it to the first lender.
    public func approve(_ id: Int64, actor: String) async throws -> ILLRequestRecord {
        let record = try await request(id)
        guard record.role == .borrowing else { throw SharingRefusal.notFound("borrowing request \(id)") }
        try record.borrowing().require([.pendingReview], "approve")
        let rota = try await buildRota(for: record)
        let rows = rota.entries.enumerated().map { index, entry in
            RotaRecord(
                position: index, agency: entry.agency.description, name: entry.candidate.name, score: entry.score,
                reasons: entry.reasons, outcome: "waiting")
        }
        let excluded = rota.excluded.map { "\($0.candidate.name): \($0.explanation)" }
        try await write { sql in
            guard let fresh = try await SharingRows.request(id: id, on: sql) else { return }
            try await SharingRows.saveRota(request: id, rows, on: sql)
            let transition = try fresh.borrowing().transition(on: .approve(rota: rota.agencies))
            try await persist(
                fresh, transition, event: "approve", actor: actor,
                note: excluded.isEmpty ? "" : "not asked: " + excluded.joined(separator: "; "), on: sql)
        }
        kick()
        return try await request(id)
    }

    /// Carries out a staff (or reader) action on a borrowing request.
    public func borrow(_ id: Int64, _ action: BorrowingAction, note: String? = nil, actor: String) async throws
        -> ILLRequestRecord
    {
        let after = try await write { sql in
            guard let record = try await SharingRows.request(id: id, on: sql), record.role == .borrowing else {
                throw SharingRefusal.notFound("borrowing request \(id)")
            }
            let transition = try record.borrowing().transition(on: action.event(note: note))
            return try await persist(
                record, transition, event: action.rawValue, actor: actor, note: note ?? "", on: sql)
        }
        await finish(after)
        return try await request(id)
    }

    /// Applies a borrowing event from the jobs or the outbox (send failures, time-outs).
    func applyBorrowing(_ id: Int64, _ event: BorrowingEvent, name: String, note: String) async throws {
        let after = try await write { sql in
            guard let record = try await SharingRows.request(id: id, on: sql) else { return AfterCommit(requestID: id) }
            let transition = try record.borrowing().transition(on: event)
            return try await persist(record, transition, event: name, actor: "pinakes", note: note, on: sql)
        }
        await finish(after)
    }
}
