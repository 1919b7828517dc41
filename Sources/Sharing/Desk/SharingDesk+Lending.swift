import Catalog
import Circulation
import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// What lending staff do with a peer's request (the queue page's buttons and the API's actions).
public enum LendingAction: Sendable, Equatable {
    case expectToSupply(note: String?)
    case willSupply(note: String?)
    case conditions([String], note: String?)
    case unfilled(reason: String)
    /// Ship this copy: it is checked out to the borrowing institution.
    case ship(barcode: String)
    case recall(note: String?)
    /// The copy came back to the lending library: checked in, `LoanCompleted` sent.
    case returnReceived
}

extension SharingDesk {
    /// Carries out a staff decision on a request we are lending, and tells the requester.
    public func lend(_ id: Int64, _ action: LendingAction, actor: String) async throws -> ILLRequestRecord {
        let record = try await request(id)
        guard record.role == .lending else { throw SharingRefusal.notFound("lending request \(id)") }
        switch action {
        case .ship(let barcode): try await ship(record, barcode: barcode, actor: actor)
        case .returnReceived: try await returnReceived(record, actor: actor)
        default: try await apply(id, lendingEvent(action), event: eventName(action), actor: actor)
        }
        kick()
        return try await request(id)
    }

    private func lendingEvent(_ action: LendingAction) -> LendingEvent {
        switch action {
        case .expectToSupply(let note): return .expectToSupply(note: note)
        case .willSupply(let note): return .willSupply(note: note)
        case .conditions(let list, let note): return .offerConditions(list, note: note)
        case .unfilled(let reason): return .unfilled(reason: reason)
        case .recall(let note): return .recall(note: note)
        case .ship, .returnReceived: return .markOverdue
        }
    }

    private func eventName(_ action: LendingAction) -> String {
        switch action {
        case .expectToSupply: return "expect-to-supply"
        case .willSupply: return "will-supply"
        case .conditions: return "conditions"
        case .unfilled: return "unfilled"
        case .ship: return "ship"
        case .recall: return "recall"
        case .returnReceived: return "return-received"
        }
    }

    /// Applies a lending event in one transaction and carries out what it leaves for afterwards.
    @discardableResult
    func apply(_ id: Int64, _ event: LendingEvent, event name: String, actor: String, note: String = "")
        async throws -> ILLRequestRecord
    {
        let after = try await write { sql in
            guard let record = try await SharingRows.request(id: id, on: sql) else {
                throw SharingRefusal.notFound("lending request \(id)")
            }
            let transition = try record.lending().transition(on: event)
            return try await persist(record, transition, event: name, actor: actor, note: note, on: sql)
        }
        await finish(after)
        return try await request(id)
    }

    /// Ships: the copy is checked out to the borrowing institution first (so it cannot be lent twice), then
    /// `Loaned` goes out with the due date and the cost; if storing fails the checkout is undone.
    private func ship(_ record: ILLRequestRecord, barcode: String, actor: String) async throws {
        let state = try record.lending()
        _ = try state.transition(on: .ship(barcode: barcode, dueAt: 0, costCents: 0, currency: "CNY"))
        let card = try await institutionCard(for: record)
        let receipt = try await circulation.checkout(
            card: card, barcode: barcode, library: record.libraryCode, actor: actor)
        let settings = try await directory.settings()
        let cents = settings.tariff.charges(service: .loan, pages: nil, returned: false).reduce(0) {
            $0 + $1.amountCents
        }
        do {
            try await write { sql in
                guard let fresh = try await SharingRows.request(id: record.id, on: sql) else { return }
                let transition = try fresh.lending().transition(
                    on: .ship(
                        barcode: receipt.barcode, dueAt: receipt.dueAt, costCents: cents,
                        currency: settings.tariff.currency))
                try await persist(fresh, transition, event: "ship", actor: actor, note: receipt.barcode, on: sql)
            }
        } catch {
            _ = try? await circulation.checkin(barcode: receipt.barcode, library: record.libraryCode, actor: actor)
            throw error
        }
    }

    /// The copy is back: checked in at the lending library, then `LoanCompleted`.
    private func returnReceived(_ record: ILLRequestRecord, actor: String) async throws {
        let state = try record.lending()
        _ = try state.transition(on: .returnReceived)
        if let barcode = state.barcode {
            _ = try await circulation.checkin(barcode: barcode, library: record.libraryCode, actor: actor)
        }
        try await write { sql in
            guard let fresh = try await SharingRows.request(id: record.id, on: sql) else { return }
            let transition = try fresh.lending().transition(on: .returnReceived)
            try await persist(fresh, transition, event: "return-received", actor: actor, on: sql)
        }
    }

    /// The card of the reader that stands for the borrowing institution in our circulation (category
    /// `institution`, registered at the lending library the first time it borrows).
    func institutionCard(for record: ILLRequestRecord) async throws -> String {
        let card =
            "ILL-"
            + String(
                record.requestingAgency.value.uppercased().filter { $0.isLetter || $0.isNumber }
                    .prefix(28))
        if (try? await circulation.readers.reader(card: card)) != nil { return card }
        let name = try await directory.peer(record.requestingAgency)?.name ?? record.requestingAgency.value
        let through = LocalDate(epochSeconds: clock.epochSeconds, in: circulation.settings.timeZone)
            .adding(days: 3650)
        do {
            _ = try await circulation.readers.register(
                NewReader(
                    name: "\(name) (interlibrary loan)", category: .institution, homeLibrary: record.libraryCode,
                    cardNumber: card, validThrough: through),
                via: .desk, actor: "pinakes")
        } catch {
            // Another desk registered the institution at the same moment: its card serves.
            guard (try? await circulation.readers.reader(card: card)) != nil else { throw error }
        }
        return card
    }

    /// Copies of the matched title on the shelf at the request's library.
    public func shelfCopies(for record: ILLRequestRecord) async throws -> [CirculationCopy] {
        guard let cluster = try record.lending().clusterID else { return [] }
        let copies = try await database.withConnection { sql in
            try await CatalogStore.circulationCopies(cluster: cluster, on: sql)
        }
        return copies.filter { $0.libraryID.rawValue == record.libraryID && $0.status == .available }
    }
}
