import Catalog
import Consortium
import PinakesCore
import SQLKit

/// What one scheduled run did.
public struct JobSummary: Sendable, Hashable, Codable {
    public var job: String
    /// Items looked at (holds, loans).
    public var considered: Int
    /// Items changed (holds targeted or expired, notices queued, loans anonymised).
    public var changed: Int
    public var seconds: Double
}

extension CirculationDesk {
    /// The holds targeter over every waiting hold.
    public func runTargeter() async throws -> JobSummary {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        let start = ContinuousClock.now
        let result = try await write { sql in
            try await HoldTargeter(desk: self, rules: rules, at: now).target(on: sql)
        }
        return JobSummary(
            job: "targeter", considered: result.considered, changed: result.targeted,
            seconds: Self.seconds(since: start))
    }

    /// Expires holds left on the shelf past their last day (the copy goes to the next reader or home) and
    /// holds past "not needed after"; resumes suspensions that have run out.
    public func runHoldExpiry() async throws -> JobSummary {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        let start = ContinuousClock.now
        let due = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT id, state FROM circ_hold
                WHERE (status = 'ready-for-pickup' AND shelf_expires_at <= \(bind: now))
                    OR status IN ('active', 'suspended')
                ORDER BY id
                """
            ).all().map(CirculationRows.hold(from:)).filter { Self.isDue($0.state, at: now) }.map(\.id)
        }
        var changed = 0
        for id in due {
            let done = try await write { sql -> Bool in
                guard let hold = try await CirculationRows.hold(id: id.rawValue, on: sql) else { return false }
                return try await expireOrResume(hold, rules: rules, at: now, on: sql)
            }
            if done { changed += 1 }
        }
        return JobSummary(
            job: "hold-expiry", considered: due.count, changed: changed, seconds: Self.seconds(since: start))
    }

    /// Whether the expiry run has something to do with a hold, decided before opening a transaction for it.
    static func isDue(_ state: HoldState, at now: Int64) -> Bool {
        switch state {
        case .readyForPickup(_, _, let expires): return expires <= now
        case .active(let details): return details.notNeededAfter.map { now > $0 } ?? false
        case .suspended(let details, let until):
            return details.notNeededAfter.map { now > $0 } ?? false || until.map { $0 <= now } ?? false
        default: return false
        }
    }

    private func expireOrResume(_ hold: Hold, rules: CirculationRules, at now: Int64, on sql: any SQLDatabase)
        async throws -> Bool
    {
        let event: HoldEvent
        switch hold.state {
        case .readyForPickup(_, _, let expires) where expires <= now: event = .expire(at: now)
        case .active(let details), .suspended(let details, _):
            if let limit = details.notNeededAfter, now > limit {
                event = .expire(at: now)
            } else if case .suspended(_, let until?) = hold.state, until <= now {
                event = .resume(at: now)
            } else {
                return false
            }
        default: return false
        }
        guard let details = hold.state.details else { return false }
        let transition = try hold.state.transition(on: event)
        try await CirculationRows.updateHold(hold, to: transition.state, at: now, on: sql)
        var context = EffectContext(rules: rules, at: now, actor: "system:hold-expiry")
        context.hold = hold.id
        context.releaseAt = details.pickupLibrary
        var copy: CirculationCopy?
        if case .readyForPickup(_, let capture, _) = hold.state {
            copy = try await CatalogStore.circulationCopy(id: capture.copy.id.rawValue, on: sql)
        }
        for effect in transition.effects {
            if case .sendNotice(let notice) = effect {
                try await NoticeRows.queue(notice, loan: nil, hold: hold.id, on: sql)
            } else if let copy {
                try await apply([effect], copy: copy, context: context, on: sql)
            }
        }
        try await CirculationRows.event(
            transition.state.status == .expired ? "hold-expired" : "hold-resumed", at: now, actor: context.actor,
            library: details.pickupLibrary, reader: details.reader, hold: hold.id, on: sql)
        return true
    }

    /// Queues due-soon and overdue notices for loans on loan; a loan gets each notice once per due date.
    public func runNotices() async throws -> JobSummary {
        let now = clock.epochSeconds
        let start = ContinuousClock.now
        let window = settings.dueSoonWindowSeconds
        let loans = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT id, state FROM circ_loan
                WHERE ended_at IS NULL AND status IN ('on-loan', 'renewed') AND due_at <= \(bind: now + window)
                ORDER BY id
                """
            ).all().map(CirculationRows.loan(from:))
        }
        var queued = 0
        for chunk in loans.chunked(200) {
            queued += try await write { sql in
                var count = 0
                for loan in chunk {
                    let transition = try loan.state.transition(on: .sendNotices(at: now, dueSoonWindow: window))
                    guard transition.state != loan.state else { continue }
                    try await CirculationRows.updateLoan(loan, to: transition.state, on: sql)
                    for case .sendNotice(let notice) in transition.effects {
                        try await NoticeRows.queue(notice, loan: loan.id, hold: nil, on: sql)
                        count += 1
                    }
                }
                return count
            }
        }
        return JobSummary(job: "notices", considered: loans.count, changed: queued, seconds: Self.seconds(since: start))
    }

    /// Forgets the reader of returned loans older than the privacy delay, unless the reader keeps a history.
    public func anonymiseHistory() async throws -> JobSummary {
        let cutoff = clock.epochSeconds - settings.anonymiseAfterSeconds
        let start = ContinuousClock.now
        let changed = try await write { sql in
            let count =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM circ_loan c JOIN patron_reader r ON r.id = c.reader_id
                    WHERE c.ended_at IS NOT NULL AND c.ended_at < \(bind: cutoff) AND r.keep_history = \(bind: false)
                    """
                ).first()?.decode(column: "n", as: Int64.self) ?? 0
            try await sql.raw(
                """
                UPDATE circ_loan SET reader_id = NULL
                WHERE ended_at IS NOT NULL AND ended_at < \(bind: cutoff) AND reader_id IN
                    (SELECT id FROM patron_reader WHERE keep_history = \(bind: false))
                """
            ).run()
            return Int(count)
        }
        return JobSummary(job: "anonymise", considered: changed, changed: changed, seconds: Self.seconds(since: start))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
