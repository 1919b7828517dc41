import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// Renews the loan of the copy with `barcode`; `reader` set means the reader renews their own loan.
    /// Refused, with the reason, when another reader is waiting for the title.
    public func renew(barcode: String, reader: Identifier<Reader>?, actor: String) async throws -> RenewalReceipt {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        return try await write { sql in
            let copy = try await copy(barcode, on: sql)
            guard let loan = try await CirculationRows.openLoan(copy: copy.id, on: sql) else {
                throw CirculationRefusal.notOnLoan
            }
            return try await renew(loan, copy: copy, reader: reader, rules: rules, at: now, actor: actor, on: sql)
        }
    }

    /// Renews every loan of the reader that can be renewed; each loan gets its own answer.
    public func renewAll(reader: Identifier<Reader>, actor: String) async throws -> [RenewalAttempt] {
        let loans = try await database.withConnection { sql in
            try await CirculationRows.openLoans(reader: reader, on: sql)
        }
        var attempts: [RenewalAttempt] = []
        for loan in loans {
            guard let details = loan.state.details, case .onLoan = loan.state else { continue }
            do {
                let receipt = try await renew(barcode: details.copy.barcode, reader: reader, actor: actor)
                attempts.append(
                    RenewalAttempt(barcode: receipt.barcode, title: receipt.title, result: .success(receipt)))
            } catch let refusal as CirculationRefusal {
                attempts.append(RenewalAttempt(barcode: details.copy.barcode, title: "", result: .failure(refusal)))
            }
        }
        return attempts
    }

    private func renew(
        _ loan: Loan, copy: CirculationCopy, reader: Identifier<Reader>?, rules: CirculationRules, at now: Int64,
        actor: String, on sql: any SQLDatabase
    ) async throws -> RenewalReceipt {
        guard let details = loan.state.details else { throw CirculationRefusal.notOnLoan }
        if let reader, reader != details.reader { throw CirculationRefusal.notYourLoan }
        guard let profile = try await ReaderRows.profile(id: details.reader, on: sql) else {
            throw CirculationRefusal.notYourLoan
        }
        let waiting = try await CirculationRows.queue(cluster: copy.clusterID, copy: copy.id, on: sql).contains {
            hold in
            if case .active(let hold) = hold.state { return hold.reader != details.reader }
            return false
        }
        let request = RenewalRequest(
            at: now, reader: profile.standing(fineLimitCents: settings.fineLimitCents), anotherReaderWaiting: waiting,
            calendar: rules.calendar(for: details.library))
        let transition = try loan.state.transition(on: .renew(request))
        guard let renewed = transition.state.details else { throw CirculationRefusal.notOnLoan }
        try await CirculationRows.updateLoan(loan, to: transition.state, on: sql)
        var context = EffectContext(rules: rules, at: now, actor: actor)
        context.loan = loan.id
        try await apply(transition.effects, copy: copy, context: context, on: sql)
        try await CatalogStore.setCirculationStatus(of: copy, to: .onLoan, dueAt: renewed.dueAt, at: now, on: sql)
        try await CirculationRows.event(
            "renewal", at: now, actor: actor, library: details.library, reader: details.reader, copy: copy.id,
            loan: loan.id, detail: "renewal \(renewed.renewals)", on: sql)
        return RenewalReceipt(
            loan: loan.id, barcode: copy.barcode, title: copy.title, dueAt: renewed.dueAt, renewals: renewed.renewals,
            renewalsLeft: max(0, renewed.rule.policy.maxRenewals - renewed.renewals))
    }

    /// Declares the copy on loan lost: the overdue fine to today and the lost-item charge are booked.
    public func declareLost(barcode: String, actor: String) async throws {
        try await endWithout(barcode: barcode, actor: actor, kind: "declared-lost") { state, now, calendar in
            try state.transition(on: .declareLost(at: now, calendar: calendar))
        }
    }

    /// Records the reader's claim that the copy was returned; notices and fines stop until it turns up.
    public func claimReturned(barcode: String, actor: String) async throws {
        try await endWithout(barcode: barcode, actor: actor, kind: "claimed-returned") { state, now, _ in
            try state.transition(on: .claimReturned(at: now))
        }
    }

    private func endWithout(
        barcode: String, actor: String, kind: String,
        _ event: @escaping @Sendable (LoanState, Int64, LibraryCalendar) throws -> Transition<LoanState>
    ) async throws {
        let rules = try await policies.rules()
        let now = clock.epochSeconds
        try await write { sql in
            let copy = try await copy(barcode, on: sql)
            guard let loan = try await CirculationRows.openLoan(copy: copy.id, on: sql),
                let details = loan.state.details
            else { throw CirculationRefusal.notOnLoan }
            let transition = try event(loan.state, now, rules.calendar(for: details.library))
            try await CirculationRows.updateLoan(loan, to: transition.state, on: sql)
            var context = EffectContext(rules: rules, at: now, actor: actor)
            context.loan = loan.id
            try await apply(transition.effects, copy: copy, context: context, on: sql)
            if case .lost = transition.state {
                try await FineRows.charge(
                    reader: details.reader, loan: loan.id, copy: copy.id, kind: "lost",
                    amountCents: settings.lostItemChargeCents, note: "lost item charge", at: now, on: sql)
                try await CatalogStore.setCirculationStatus(of: copy, to: .lost, dueAt: nil, at: now, on: sql)
            }
            try await CirculationRows.event(
                kind, at: now, actor: actor, library: details.library, reader: details.reader, copy: copy.id,
                loan: loan.id, on: sql)
        }
    }
}
