import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// The copies on `library`'s hold shelf, by reader name; those past their last day are marked.
    public func holdShelf(library code: String) async throws -> [ShelfEntry] {
        let library = try await policies.rules().library(code: code)
        let now = clock.epochSeconds
        return try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT h.id, h.shelf_expires_at, i.barcode, r.display, p.name, c.card_number
                FROM circ_hold h JOIN item_copy i ON i.id = h.captured_copy_id
                JOIN bib_source_record r ON r.id = i.record_id JOIN patron_reader p ON p.id = h.reader_id
                LEFT JOIN patron_card c ON c.reader_id = p.id AND c.status = 'active'
                WHERE h.pickup_library_id = \(bind: library.id.rawValue) AND h.status = 'ready-for-pickup'
                ORDER BY p.name, h.id
                """
            ).all().map { row in
                let read = RowReader(row)
                let barcode = try row.decode(column: "barcode", as: String.self)
                let expires = try read.int64("shelf_expires_at")
                return ShelfEntry(
                    hold: Identifier(try row.decode(column: "id", as: Int64.self)), barcode: barcode,
                    title: CirculationCopy.title(fromDisplay: try read.string("display"), fallback: barcode),
                    readerName: try row.decode(column: "name", as: String.self),
                    card: try read.string("card_number") ?? "",
                    shelfExpiresAt: expires, expired: expires.map { $0 <= now } ?? false)
            }
        }
    }

    /// The copies on `library`'s shelves the targeter chose for holds, by call number.
    public func pullList(library code: String) async throws -> [PullEntry] {
        let library = try await policies.rules().library(code: code)
        return try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT h.id, h.placed_at, i.barcode, i.call_number, i.location, r.display, l.code
                FROM circ_hold h JOIN item_copy i ON i.id = h.targeted_copy_id
                JOIN bib_source_record r ON r.id = i.record_id JOIN org_library l ON l.id = h.pickup_library_id
                WHERE h.status = 'active' AND i.library_id = \(bind: library.id.rawValue) AND i.status = 'available'
                ORDER BY i.call_number, i.barcode
                """
            ).all().map { row in
                let read = RowReader(row)
                let barcode = try row.decode(column: "barcode", as: String.self)
                return PullEntry(
                    hold: Identifier(try row.decode(column: "id", as: Int64.self)), barcode: barcode,
                    title: CirculationCopy.title(fromDisplay: try read.string("display"), fallback: barcode),
                    callNumber: try read.string("call_number"), location: try read.string("location"),
                    pickupLibrary: try row.decode(column: "code", as: String.self),
                    placedAt: try row.decode(column: "placed_at", as: Int64.self))
            }
        }
    }

    /// Open transits heading to `library` ("what is in transit to my branch").
    public func transits(to code: String) async throws -> [TransitEntry] {
        try await transits(code, column: "to_library_id")
    }

    /// Open transits that left `library`.
    public func transits(from code: String) async throws -> [TransitEntry] {
        try await transits(code, column: "from_library_id")
    }

    private func transits(_ code: String, column: String) async throws -> [TransitEntry] {
        let rules = try await policies.rules()
        let library = try rules.library(code: code)
        return try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT t.id, t.from_library_id, t.to_library_id, t.reason, t.opened_at, t.hold_id, i.barcode, r.display
                FROM circ_transit t JOIN item_copy i ON i.id = t.copy_id JOIN bib_source_record r ON r.id = i.record_id
                WHERE t.status = 'open' AND t.\(unsafeRaw: column) = \(bind: library.id.rawValue)
                ORDER BY t.opened_at, t.id
                """
            ).all().map { row in
                let read = RowReader(row)
                let barcode = try row.decode(column: "barcode", as: String.self)
                return TransitEntry(
                    transit: Identifier(try row.decode(column: "id", as: Int64.self)), barcode: barcode,
                    title: CirculationCopy.title(fromDisplay: try read.string("display"), fallback: barcode),
                    from: rules.code(of: Identifier(try row.decode(column: "from_library_id", as: Int64.self))),
                    to: rules.code(of: Identifier(try row.decode(column: "to_library_id", as: Int64.self))),
                    reason: TransitReason(rawValue: try row.decode(column: "reason", as: String.self)) ?? .returnHome,
                    openedAt: try row.decode(column: "opened_at", as: Int64.self),
                    hold: try read.int64("hold_id").map { Identifier($0) })
            }
        }
    }

    /// The "why" view of one loan: the rule it was made under and the matrix's verdict on every rule now.
    public func explainLoan(_ id: Identifier<Loan>) async throws -> LoanExplanation {
        let rules = try await policies.rules()
        let found = try await database.withConnection { sql -> (Loan, ReaderProfile?)? in
            guard let loan = try await CirculationRows.loan(id: id.rawValue, on: sql), let details = loan.state.details
            else { return nil }
            return (loan, try await ReaderRows.profile(id: details.reader, on: sql))
        }
        guard let (loan, reader) = found, let details = loan.state.details else {
            throw PinakesError.notFound("no loan with id \(id)")
        }
        let category = reader?.category ?? details.rule.readerCategory ?? .adult
        let query = PolicyQuery(
            readerCategory: category, itemType: details.copy.itemType, libraryCode: rules.code(of: details.library))
        return LoanExplanation(
            loan: id, barcode: details.copy.barcode, readerCategory: category, itemType: details.copy.itemType,
            library: query.libraryCode, ruleAtCheckout: details.rule, explanation: rules.matrix.explain(query))
    }

    /// The "why" view for a question: which rule applies to this reader category, item type and library.
    public func explain(category: ReaderCategory, itemType: ItemLoanType, library: String) async throws
        -> PolicyExplanation
    {
        let rules = try await policies.rules()
        let code = try rules.library(code: library).code
        return rules.matrix.explain(PolicyQuery(readerCategory: category, itemType: itemType, libraryCode: code))
    }

    /// Where a copy stands: status, loan and due date, waiting readers, transit.
    public func copyStatus(barcode: String) async throws -> CopyCirculation {
        let rules = try await policies.rules()
        return try await database.withConnection { sql in
            let copy = try await copy(barcode, on: sql)
            let loan = try await CirculationRows.openLoan(copy: copy.id, on: sql)
            let transit = try await CirculationRows.openTransit(copy: copy.id, on: sql)
            let queue = try await CirculationRows.queue(cluster: copy.clusterID, copy: copy.id, on: sql)
            var transitTo: String?
            if case .open(let request) = transit?.state { transitTo = rules.code(of: request.to) }
            return CopyCirculation(
                barcode: copy.barcode, title: copy.title, library: copy.libraryCode, status: copy.status.rawValue,
                callNumber: copy.callNumber, itemType: itemType(of: copy).rawValue, dueAt: loan?.state.details?.dueAt,
                loan: loan?.id, reader: loan?.state.details?.reader, holdQueue: queue.count, transitTo: transitTo,
                heldFor: try await CirculationRows.capturingHold(copy: copy.id, on: sql)?.id)
        }
    }

    /// A copy on the pull list is not on the shelf: it is marked missing and its hold gets another copy.
    public func reportMissing(barcode: String, actor: String) async throws {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        try await write { sql in
            let copy = try await copy(barcode, on: sql)
            guard copy.status == .available else {
                throw CirculationRefusal.itemNotAvailable(barcode: copy.barcode, status: copy.status.rawValue)
            }
            try await CatalogStore.setCirculationStatus(of: copy, to: .missing, dueAt: nil, at: now, on: sql)
            let holds = try await sql.raw(
                "SELECT id FROM circ_hold WHERE status = 'active' AND targeted_copy_id = \(bind: copy.id.rawValue)"
            ).all().map { Identifier<Hold>(try $0.decode(column: "id", as: Int64.self)) }
            try await HoldTargeter(desk: self, rules: rules, at: now).target(holds: holds, on: sql)
            try await CirculationRows.event(
                "missing", at: now, actor: actor, library: copy.libraryID, copy: copy.id, on: sql)
        }
    }
}
