import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// Places a hold: title-level (any copy in the consortium) or on one copy, for pickup at any library. The
    /// targeter picks a copy at once, so the pull list shows it.
    public func placeHold(_ placement: HoldPlacement, actor: String) async throws -> HoldReceipt {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        return try await write(refusingDuplicateWith: .holdAlreadyPlaced) { sql in
            let reader = try await ReaderRows.profile(card: placement.card, on: sql)
            try requireActive(reader)
            let pickup =
                try placement.pickupLibrary.map { code throws(CirculationRefusal) in try rules.library(code: code) }
                ?? (rules.library(id: reader.homeLibraryID) ?? rules.library(code: reader.homeLibraryCode))
            let (level, cluster, copyID, copies) = try await resolve(placement.target, on: sql)
            guard !copies.isEmpty else { throw CirculationRefusal.noCopiesToRequest }
            let open =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM circ_hold WHERE reader_id = \(bind: reader.id.rawValue)
                        AND status IN ('active', 'suspended', 'in-transit', 'ready-for-pickup')
                        AND (cluster_id = \(bind: cluster ?? -1) OR copy_id = \(bind: copyID ?? -1))
                    """
                ).first()?.decode(column: "n", as: Int64.self) ?? 0
            if open > 0 { throw CirculationRefusal.holdAlreadyPlaced }
            let type = mostCommonType(copies)
            let request = PlaceHoldRequest(
                reader: reader.standing(fineLimitCents: settings.fineLimitCents), level: level, itemType: type,
                pickupLibrary: pickup.id, at: now, rule: try rules.rule(reader.category, type, at: pickup.code),
                calendar: rules.calendar(for: pickup.id), holdsHeld: try await openHoldCount(reader.id, on: sql),
                suspendedUntil: placement.suspendedUntil, notNeededAfter: placement.notNeededAfter)
            let transition = try HoldState.none.transition(on: .place(request))
            let hold = try await CirculationRows.insertHold(transition.state, cluster: cluster, copy: copyID, on: sql)
            try await CirculationRows.event(
                "hold-placed", at: now, actor: actor, library: pickup.id, reader: reader.id, hold: hold,
                detail: "pickup \(pickup.code)", on: sql)
            try await HoldTargeter(desk: self, rules: rules, at: now).target(holds: [hold], on: sql)
            return try await receipt(hold, on: sql)
        }
    }

    /// Cancels a hold; a copy already caught for it is released to the next reader or sent home.
    public func cancelHold(_ id: Identifier<Hold>, reader: Identifier<Reader>?, actor: String) async throws
        -> HoldReceipt
    {
        try await changeHold(id, reader: reader, actor: actor, kind: "hold-cancelled") { state, now in
            try state.transition(on: .cancel(at: now))
        }
    }

    /// Suspends a hold (the reader is away) until `until`, or until resumed.
    public func suspendHold(_ id: Identifier<Hold>, until: Int64?, reader: Identifier<Reader>?, actor: String)
        async throws -> HoldReceipt
    {
        try await changeHold(id, reader: reader, actor: actor, kind: "hold-suspended") { state, now in
            try state.transition(on: .suspend(until: until, at: now))
        }
    }

    /// Resumes a suspended hold; it keeps its place in the queue.
    public func resumeHold(_ id: Identifier<Hold>, reader: Identifier<Reader>?, actor: String) async throws
        -> HoldReceipt
    {
        try await changeHold(id, reader: reader, actor: actor, kind: "hold-resumed") { state, now in
            try state.transition(on: .resume(at: now))
        }
    }

    /// One change of a hold by its reader (`reader` set: only their own) or by staff (`reader` nil).
    func changeHold(
        _ id: Identifier<Hold>, reader: Identifier<Reader>?, actor: String, kind: String,
        _ event: @escaping @Sendable (HoldState, Int64) throws -> Transition<HoldState>
    ) async throws -> HoldReceipt {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        return try await write(refusingDuplicateWith: .transitAlreadyOpen) { sql in
            guard let hold = try await CirculationRows.hold(id: id.rawValue, on: sql), let details = hold.state.details
            else { throw CirculationRefusal.unknownHold }
            if let reader, reader != details.reader { throw CirculationRefusal.notYourLoan }
            let transition = try event(hold.state, now)
            try await CirculationRows.updateHold(hold, to: transition.state, at: now, on: sql)
            var capturedCopy: CirculationCopy?
            switch hold.state {
            case .inTransit(_, let capture), .readyForPickup(_, let capture, _):
                capturedCopy = try await CatalogStore.circulationCopy(id: capture.copy.id.rawValue, on: sql)
            default: break
            }
            if let copy = capturedCopy {
                let context = EffectContext(
                    rules: rules, at: now, actor: actor, hold: id, releaseAt: details.pickupLibrary)
                try await apply(transition.effects, copy: copy, context: context, on: sql)
            }
            try await CirculationRows.event(
                kind, at: now, actor: actor, library: details.pickupLibrary, reader: details.reader, hold: id, on: sql)
            return try await receipt(id, on: sql)
        }
    }

    func receipt(_ id: Identifier<Hold>, on sql: any SQLDatabase) async throws -> HoldReceipt {
        guard
            let row = try await sql.raw(
                """
                SELECT h.id, h.state, h.cluster_id, h.copy_id, l.code FROM circ_hold h
                JOIN org_library l ON l.id = h.pickup_library_id WHERE h.id = \(bind: id.rawValue)
                """
            ).first()
        else { throw CirculationRefusal.unknownHold }
        let hold = try CirculationRows.hold(from: row)
        let cluster = try RowReader(row).int64("cluster_id")
        let copyID = try RowReader(row).int64("copy_id")
        var title = ""
        if let copyID, let copy = try await CatalogStore.circulationCopy(id: copyID, on: sql) {
            title = copy.title
        } else if let cluster, let first = try await CatalogStore.circulationCopies(cluster: cluster, on: sql).first {
            title = first.title
        }
        return HoldReceipt(
            hold: id, title: title, status: hold.state.status,
            pickupLibrary: try row.decode(column: "code", as: String.self),
            queuePosition: try await queuePosition(hold, cluster: cluster, copy: copyID, on: sql))
    }

    /// 1 for the first waiting reader of the title; nil for a hold no longer waiting.
    func queuePosition(_ hold: Hold, cluster: Int64?, copy: Int64?, on sql: any SQLDatabase) async throws -> Int? {
        guard hold.state.status == .active || hold.state.status == .suspended, let details = hold.state.details
        else { return nil }
        let ahead =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM circ_hold WHERE status IN ('active', 'suspended')
                    AND (cluster_id = \(bind: cluster ?? -1) OR copy_id = \(bind: copy ?? -1))
                    AND (placed_at < \(bind: details.placedAt) OR (placed_at = \(bind: details.placedAt) AND id < \(bind: hold.id.rawValue)))
                """
            ).first()?.decode(column: "n", as: Int64.self) ?? 0
        return Int(ahead) + 1
    }

    func openHoldCount(_ reader: Identifier<Reader>, on sql: any SQLDatabase) async throws -> Int {
        Int(
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM circ_hold WHERE reader_id = \(bind: reader.rawValue)
                    AND status IN ('active', 'suspended', 'in-transit', 'ready-for-pickup')
                """
            ).first()?.decode(column: "n", as: Int64.self) ?? 0)
    }

    private func resolve(_ target: HoldTarget, on sql: any SQLDatabase) async throws
        -> (HoldLevel, Int64?, Int64?, [CirculationCopy])
    {
        switch target {
        case .title(let cluster):
            let copies = try await CatalogStore.circulationCopies(cluster: cluster, on: sql)
            return (.title(Identifier(cluster)), cluster, nil, copies)
        case .copy(let barcode):
            let copy = try await copy(barcode, on: sql)
            return (.copy(Identifier(copy.id.rawValue)), copy.clusterID, copy.id.rawValue, [copy])
        }
    }

    private func mostCommonType(_ copies: [CirculationCopy]) -> ItemLoanType {
        let counts = Dictionary(grouping: copies.map(itemType(of:)), by: { $0 }).mapValues(\.count)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .book
    }
}
