import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// Takes back the copy with `barcode` at library `libraryCode`, whoever lent it: return anywhere. The copy is
    /// caught for the best waiting hold, sent home, left floating here, or, when it arrives by transit, handed
    /// to its hold or shelved.
    public func checkin(barcode: String, library libraryCode: String, actor: String) async throws -> CheckinReceipt {
        let rules = try await policies.rules()
        let library = try rules.library(code: libraryCode)
        let now = clock.epochSeconds
        let trimmed = barcode.trimmingCharacters(in: .whitespaces)
        return try await write(refusingDuplicateWith: .transitAlreadyOpen) { sql in
            let copy = try await copy(trimmed, on: sql)
            let context = EffectContext(rules: rules, at: now, actor: actor)
            if let transit = try await CirculationRows.openTransit(copy: copy.id, on: sql) {
                return try await receive(transit, copy: copy, at: library, context: context, on: sql)
            }
            if let loan = try await CirculationRows.openLoan(copy: copy.id, on: sql) {
                return try await endLoan(loan, copy: copy, at: library, context: context, on: sql)
            }
            let outcome: CheckinOutcome
            if [.missing, .lost, .damaged].contains(copy.status) {
                // A copy marked missing or lost turns up: it goes where a returned copy would.
                outcome = try await route(copy, at: library.id, context: context, on: sql)
            } else if copy.status == .available,
                let captured = try await captureFromShelf(copy, at: library.id, context: context, on: sql)
            {
                // A copy fetched from the shelf for the pull list is caught for its hold.
                outcome = captured
            } else {
                throw CirculationRefusal.notOnLoan
            }
            try await CirculationRows.event(
                "checkin-found", at: now, actor: actor, library: library.id, copy: copy.id, detail: outcome.english,
                on: sql)
            return CheckinReceipt(
                barcode: copy.barcode, title: copy.title, library: library.code, outcome: outcome, fineCents: 0,
                wasOverdue: false)
        }
    }

    private func endLoan(
        _ loan: Loan, copy: CirculationCopy, at library: Library, context: EffectContext, on sql: any SQLDatabase
    ) async throws -> CheckinReceipt {
        let circulating = circulating(copy, context.rules)
        let decision = try await decide(
            circulating, cluster: copy.clusterID, at: library.id, rules: context.rules, on: sql)
        let checkin = LoanCheckin(
            at: context.at, library: library.id, routing: decision,
            calendar: context.rules.calendar(for: loan.state.details?.library ?? library.id))
        let wasOverdue = loan.state.isOverdue(at: context.at)
        let transition = try loan.state.transition(on: .checkin(checkin))
        try await CirculationRows.updateLoan(loan, to: transition.state, on: sql)
        var loanContext = context
        loanContext.loan = loan.id
        loanContext.releaseAt = library.id
        var outcome = try await apply(transition.effects, copy: copy, context: loanContext, on: sql)
        if let captured = try await capture(copy, decision: decision, at: library.id, context: context, on: sql) {
            outcome = captured
        }
        let fine = transition.effects.reduce(0) { total, effect in
            if case .chargeFine(let charge) = effect { return total + charge.amountCents }
            return total
        }
        try await CirculationRows.event(
            "checkin", at: context.at, actor: context.actor, library: library.id, reader: loan.state.details?.reader,
            copy: copy.id, loan: loan.id, detail: outcome?.english ?? "", on: sql)
        return CheckinReceipt(
            barcode: copy.barcode, title: copy.title, library: library.code, loan: loan.id,
            reader: loan.state.details?.reader,
            outcome: outcome ?? .reshelve(library: library.code, floatingGroup: nil), fineCents: fine,
            wasOverdue: wasOverdue)
    }

    private func receive(
        _ transit: Transit, copy: CirculationCopy, at library: Library, context: EffectContext,
        on sql: any SQLDatabase
    ) async throws -> CheckinReceipt {
        guard case .open(let request) = transit.state, request.to == library.id else {
            let destination: String
            if case .open(let request) = transit.state {
                destination = context.rules.code(of: request.to)
            } else {
                destination = library.code
            }
            return CheckinReceipt(
                barcode: copy.barcode, title: copy.title, library: library.code, outcome: .forward(to: destination),
                fineCents: 0, wasOverdue: false)
        }
        let transition = try transit.state.transition(on: .receive(library: library.id, at: context.at))
        try await CirculationRows.updateTransit(transit, to: transition.state, on: sql)
        var transitContext = context
        transitContext.releaseAt = library.id
        var outcome: CheckinOutcome?
        for effect in transition.effects {
            if case .reshelve = effect {
                // Back home (or at a floating library): a reader may be waiting for it here.
                outcome = try await route(copy, at: library.id, context: transitContext, on: sql)
            } else {
                outcome = try await apply([effect], copy: copy, context: transitContext, on: sql) ?? outcome
            }
        }
        try await CirculationRows.event(
            "transit-received", at: context.at, actor: context.actor, library: library.id, copy: copy.id,
            hold: request.hold, transit: transit.id, detail: outcome?.english ?? "", on: sql)
        return CheckinReceipt(
            barcode: copy.barcode, title: copy.title, library: library.code,
            outcome: outcome ?? .reshelve(library: library.code, floatingGroup: nil), fineCents: 0, wasOverdue: false)
    }

    /// The check-in decision for a copy at `library`, from the active holds it could fill.
    func decide(
        _ copy: CirculatingCopy, cluster: Int64?, at library: Identifier<Library>, rules: CirculationRules,
        on sql: any SQLDatabase
    ) async throws -> CheckinDecision {
        let queue = try await CirculationRows.queue(
            cluster: cluster, copy: Identifier<Item>(copy.id.rawValue), on: sql)
        var waiting: [WaitingHold] = []
        for (index, hold) in queue.enumerated() {
            guard case .active(let details) = hold.state else { continue }
            waiting.append(
                WaitingHold(
                    hold: hold.id, level: details.level, pickupLibrary: details.pickupLibrary,
                    queuePosition: index + 1, placedAt: details.placedAt, targetedCopy: details.targetedCopy))
        }
        return CheckinDecision.decide(
            CheckinFacts(copy: copy, library: library, waitingHolds: waiting, floatingGroups: rules.floatingGroups))
    }

    /// Puts a copy that is free (found, released by a hold, back from a transit for a closed hold) where the
    /// check-in decision says.
    func route(
        _ copy: CirculationCopy, at library: Identifier<Library>, context: EffectContext, on sql: any SQLDatabase
    ) async throws -> CheckinOutcome {
        let circulating = circulating(copy, context.rules)
        let decision = try await decide(
            circulating, cluster: copy.clusterID, at: library, rules: context.rules, on: sql)
        if let captured = try await capture(copy, decision: decision, at: library, context: context, on: sql) {
            return captured
        }
        let effects = LoanState.routingEffects(
            LoanCheckin(
                at: context.at, library: library, routing: decision, calendar: context.rules.calendar(for: library)),
            copy: circulating)
        var routeContext = context
        routeContext.releaseAt = library
        return try await apply(effects, copy: copy, context: routeContext, on: sql)
            ?? .reshelve(library: context.rules.code(of: library), floatingGroup: nil)
    }

    /// A copy on the shelf checked in to fill a waiting hold (the pull list); nil when no hold wants it.
    private func captureFromShelf(
        _ copy: CirculationCopy, at library: Identifier<Library>, context: EffectContext, on sql: any SQLDatabase
    ) async throws -> CheckinOutcome? {
        let decision = try await decide(
            circulating(copy, context.rules), cluster: copy.clusterID, at: library, rules: context.rules, on: sql)
        return try await capture(copy, decision: decision, at: library, context: context, on: sql)
    }

    /// When the decision catches the copy for a hold: the hold machine's capture, stored with its effects.
    func capture(
        _ copy: CirculationCopy, decision: CheckinDecision, at library: Identifier<Library>, context: EffectContext,
        on sql: any SQLDatabase
    ) async throws -> CheckinOutcome? {
        let holdID: Identifier<Hold>
        switch decision {
        case .captureForHoldShelf(let id), .captureForTransit(let id, _): holdID = id
        case .sendHome, .stay: return nil
        }
        guard let hold = try await CirculationRows.hold(id: holdID.rawValue, on: sql),
            let details = hold.state.details
        else { return nil }
        // The decision chose a hold that was waiting when the holds were read; another desk may have caught a copy
        // for it since. That is a lost race, not a refusal: start again from the new state.
        guard case .active = hold.state else { throw StaleCirculationState(what: "hold \(holdID)") }
        let transition = try hold.state.transition(
            on: .capture(
                copy: circulating(copy, context.rules), library: library, at: context.at,
                calendar: context.rules.calendar(for: details.pickupLibrary)))
        try await CirculationRows.updateHold(hold, to: transition.state, at: context.at, on: sql)
        var holdContext = context
        holdContext.hold = hold.id
        holdContext.releaseAt = library
        let outcome = try await apply(transition.effects, copy: copy, context: holdContext, on: sql)
        if case .readyForPickup(_, _, let expires) = transition.state {
            try await CatalogStore.setCirculationStatus(of: copy, to: .onHoldShelf, dueAt: nil, at: context.at, on: sql)
            let reader = try await ReaderRows.profile(id: details.reader, on: sql)
            return .holdShelf(
                hold: hold.id, readerName: reader?.name ?? "", card: reader?.cardNumber ?? "", shelfExpiresAt: expires)
        }
        return outcome
    }
}
