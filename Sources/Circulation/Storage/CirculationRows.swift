import Catalog
import Consortium
import Foundation
import PinakesCore
import SQLKit

/// The SQL that stores loans, holds and transits: each row keeps its machine's state as JSON and the columns
/// the constraints and lists need.
enum CirculationRows {
    /// Sorted keys, so the same state always gives the same text: updates compare the stored text to the
    /// state they started from.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Fails the transaction when a row changed since it was read (a concurrent desk got there first); the
    /// desk then starts again from the new state.
    static func expectChanged(_ row: (any SQLRow)?, _ what: String) throws {
        if row == nil { throw StaleCirculationState(what: what) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    // MARK: loans

    static func insertLoan(_ state: LoanState, on sql: any SQLDatabase) async throws -> Identifier<Loan> {
        guard let details = state.details else { throw PinakesError.invalidInput("a loan needs details") }
        let row = try await sql.raw(
            """
            INSERT INTO circ_loan (copy_id, reader_id, library_id, status, checked_out_at, due_at, renewals, rule_id,
                state)
            VALUES (\(bind: details.copy.id.rawValue), \(bind: details.reader.rawValue),
                \(bind: details.library.rawValue), \(bind: state.status.rawValue), \(bind: details.checkedOutAt),
                \(bind: details.dueAt), \(bind: details.renewals), \(bind: details.rule.id), \(bind: try encode(state)))
            RETURNING id
            """
        ).first()
        return Identifier(try row?.decode(column: "id", as: Int64.self) ?? 0)
    }

    static func updateLoan(_ loan: Loan, to state: LoanState, on sql: any SQLDatabase) async throws {
        guard let details = state.details else { return }
        var endedAt: Int64?
        var endedLibrary: Int64?
        if case .returned(_, let ending) = state {
            endedAt = ending.at
            endedLibrary = ending.library.rawValue
        }
        let row = try await sql.raw(
            """
            UPDATE circ_loan SET status = \(bind: state.status.rawValue), due_at = \(bind: details.dueAt),
                renewals = \(bind: details.renewals), ended_at = \(bind: endedAt),
                ended_library_id = \(bind: endedLibrary), state = \(bind: try encode(state))
            WHERE id = \(bind: loan.id.rawValue) AND state = \(bind: try encode(loan.state))
            RETURNING id
            """
        ).first()
        try expectChanged(row, "loan \(loan.id)")
    }

    static func openLoan(copy: Identifier<Item>, on sql: any SQLDatabase) async throws -> Loan? {
        try await sql.raw(
            "SELECT id, state FROM circ_loan WHERE copy_id = \(bind: copy.rawValue) AND ended_at IS NULL"
        ).first().map(loan(from:))
    }

    static func loan(id: Int64, on sql: any SQLDatabase) async throws -> Loan? {
        try await sql.raw("SELECT id, state FROM circ_loan WHERE id = \(bind: id)").first().map(loan(from:))
    }

    static func openLoans(reader: Identifier<Reader>, on sql: any SQLDatabase) async throws -> [Loan] {
        try await sql.raw(
            """
            SELECT id, state FROM circ_loan WHERE reader_id = \(bind: reader.rawValue) AND ended_at IS NULL
            ORDER BY due_at, id
            """
        ).all().map(loan(from:))
    }

    static func loan(from row: any SQLRow) throws -> Loan {
        Loan(
            id: Identifier(try row.decode(column: "id", as: Int64.self)),
            state: try decode(LoanState.self, try row.decode(column: "state", as: String.self)))
    }

    // MARK: holds

    static func insertHold(
        _ state: HoldState, cluster: Int64?, copy: Int64?, on sql: any SQLDatabase
    ) async throws -> Identifier<Hold> {
        guard let details = state.details else { throw PinakesError.invalidInput("a hold needs details") }
        let row = try await sql.raw(
            """
            INSERT INTO circ_hold (reader_id, cluster_id, copy_id, pickup_library_id, status, placed_at, state)
            VALUES (\(bind: details.reader.rawValue), \(bind: cluster), \(bind: copy),
                \(bind: details.pickupLibrary.rawValue), \(bind: state.status.rawValue), \(bind: details.placedAt),
                \(bind: try encode(state)))
            RETURNING id
            """
        ).first()
        return Identifier(try row?.decode(column: "id", as: Int64.self) ?? 0)
    }

    static func updateHold(_ hold: Hold, to state: HoldState, at: Int64, on sql: any SQLDatabase) async throws {
        var captured: Int64?
        var shelfExpires: Int64?
        var closed: Int64?
        switch state {
        case .inTransit(_, let capture): captured = capture.copy.id.rawValue
        case .readyForPickup(_, let capture, let expires):
            captured = capture.copy.id.rawValue
            shelfExpires = expires
        case .fulfilled(_, let capture, let when):
            captured = capture.copy.id.rawValue
            closed = when
        case .expired(_, let when), .cancelled(_, let when): closed = when
        case .none, .active, .suspended: break
        }
        let targeted = state.details?.targetedCopy?.rawValue
        let row = try await sql.raw(
            """
            UPDATE circ_hold SET status = \(bind: state.status.rawValue), targeted_copy_id = \(bind: targeted),
                targeted_at = CASE WHEN \(bind: targeted) IS NULL THEN NULL
                    WHEN targeted_copy_id = \(bind: targeted) THEN targeted_at ELSE \(bind: at) END,
                captured_copy_id = \(bind: captured), shelf_expires_at = \(bind: shelfExpires),
                closed_at = \(bind: closed), state = \(bind: try encode(state))
            WHERE id = \(bind: hold.id.rawValue) AND state = \(bind: try encode(hold.state))
            RETURNING id
            """
        ).first()
        try expectChanged(row, "hold \(hold.id)")
    }

    static func hold(id: Int64, on sql: any SQLDatabase) async throws -> Hold? {
        try await sql.raw("SELECT id, state FROM circ_hold WHERE id = \(bind: id)").first().map(hold(from:))
    }

    /// The hold a copy is caught for (in transit to, or on, the hold shelf).
    static func capturingHold(copy: Identifier<Item>, on sql: any SQLDatabase) async throws -> Hold? {
        try await sql.raw(
            """
            SELECT id, state FROM circ_hold
            WHERE captured_copy_id = \(bind: copy.rawValue) AND status IN ('in-transit', 'ready-for-pickup')
            """
        ).first().map(hold(from:))
    }

    /// Active and suspended holds a copy of `cluster` (or this very copy) could fill, oldest first.
    static func queue(cluster: Int64?, copy: Identifier<Item>, on sql: any SQLDatabase) async throws -> [Hold] {
        try await sql.raw(
            """
            SELECT id, state FROM circ_hold
            WHERE status IN ('active', 'suspended')
                AND (copy_id = \(bind: copy.rawValue) OR (cluster_id = \(bind: cluster ?? -1) AND copy_id IS NULL))
            ORDER BY placed_at, id
            """
        ).all().map(hold(from:))
    }

    static func hold(from row: any SQLRow) throws -> Hold {
        Hold(
            id: Identifier(try row.decode(column: "id", as: Int64.self)),
            state: try decode(HoldState.self, try row.decode(column: "state", as: String.self)))
    }

    // MARK: transits

    static func insertTransit(_ request: TransitRequest, on sql: any SQLDatabase) async throws -> Identifier<Transit> {
        let state = TransitState.open(request)
        let row = try await sql.raw(
            """
            INSERT INTO circ_transit (copy_id, from_library_id, to_library_id, reason, hold_id, status, opened_at, state)
            VALUES (\(bind: request.copy.rawValue), \(bind: request.from.rawValue), \(bind: request.to.rawValue),
                \(bind: request.reason.rawValue), \(bind: request.hold?.rawValue), 'open', \(bind: request.at),
                \(bind: try encode(state)))
            RETURNING id
            """
        ).first()
        return Identifier(try row?.decode(column: "id", as: Int64.self) ?? 0)
    }

    static func updateTransit(_ transit: Transit, to state: TransitState, on sql: any SQLDatabase) async throws {
        var closed: Int64?
        switch state {
        case .received(_, let at), .cancelled(_, let at): closed = at
        case .none, .open: break
        }
        let row = try await sql.raw(
            """
            UPDATE circ_transit SET status = \(bind: state.status.rawValue), closed_at = \(bind: closed),
                state = \(bind: try encode(state))
            WHERE id = \(bind: transit.id.rawValue) AND state = \(bind: try encode(transit.state))
            RETURNING id
            """
        ).first()
        try expectChanged(row, "transit \(transit.id)")
    }

    static func openTransit(copy: Identifier<Item>, on sql: any SQLDatabase) async throws -> Transit? {
        try await sql.raw(
            "SELECT id, state FROM circ_transit WHERE copy_id = \(bind: copy.rawValue) AND status = 'open'"
        ).first().map { row in
            Transit(
                id: Identifier(try row.decode(column: "id", as: Int64.self)),
                state: try decode(TransitState.self, try row.decode(column: "state", as: String.self)))
        }
    }

    // MARK: events

    /// The event row every state change writes in its own transaction.
    static func event(
        _ kind: String, at: Int64, actor: String, library: Identifier<Library>?, reader: Identifier<Reader>? = nil,
        copy: Identifier<Item>? = nil, loan: Identifier<Loan>? = nil, hold: Identifier<Hold>? = nil,
        transit: Identifier<Transit>? = nil, detail: String = "", on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO circ_event (at, actor, kind, library_id, reader_id, copy_id, loan_id, hold_id, transit_id, detail)
            VALUES (\(bind: at), \(bind: actor), \(bind: kind), \(bind: library?.rawValue), \(bind: reader?.rawValue),
                \(bind: copy?.rawValue), \(bind: loan?.rawValue), \(bind: hold?.rawValue), \(bind: transit?.rawValue),
                \(bind: detail))
            """
        ).run()
        CirculationEventTally.current?.note(kind)
    }
}

/// A loan, hold or transit changed between reading and writing it.
struct StaleCirculationState: Error, CustomStringConvertible {
    var what: String
    var description: String { "\(what) changed while it was being updated" }
}
