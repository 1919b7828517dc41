import Catalog
import Consortium
import PinakesCore
import SQLKit

/// Who and what a set of effects belongs to: the loan or hold whose transition produced them, and where a
/// released copy is now.
struct EffectContext: Sendable {
    var rules: CirculationRules
    var at: Int64
    var actor: String
    var loan: Identifier<Loan>?
    var hold: Identifier<Hold>?
    /// Where a copy released by a hold or a cancelled transit is standing.
    var releaseAt: Identifier<Library>?
}

extension CirculationDesk {
    /// Stores the effects of one transition, in the caller's transaction; returns where the copy went when an
    /// effect moved it.
    @discardableResult
    func apply(
        _ effects: [CirculationEffect], copy: CirculationCopy, context: EffectContext, on sql: any SQLDatabase
    ) async throws -> CheckinOutcome? {
        var outcome: CheckinOutcome?
        for effect in effects {
            switch effect {
            case .setDueDate: break
            case .chargeFine(let charge):
                try await FineRows.charge(
                    reader: charge.reader, loan: context.loan, copy: copy.id, kind: "overdue",
                    amountCents: charge.amountCents,
                    note: "\(charge.days) days × \(charge.perDayCents)\(charge.capped ? " (capped)" : "")",
                    at: context.at,
                    on: sql)
            case .sendNotice(let notice):
                try await NoticeRows.queue(notice, loan: context.loan, hold: context.hold, on: sql)
            case .openTransit(var request):
                if request.reason == .hold, request.hold == nil { request.hold = context.hold }
                let transit = try await CirculationRows.insertTransit(request, on: sql)
                try await CatalogStore.setCirculationStatus(
                    of: copy, to: .inTransit, dueAt: nil, at: context.at, on: sql)
                try await CirculationRows.event(
                    "transit-opened", at: context.at, actor: context.actor, library: request.from, copy: copy.id,
                    hold: request.hold, transit: transit,
                    detail: "\(request.reason.rawValue) to \(context.rules.code(of: request.to))",
                    on: sql)
                outcome = .transit(
                    transit, to: context.rules.code(of: request.to), reason: request.reason, hold: request.hold)
            case .releaseCopy:
                outcome = try await release(copy, context: context, on: sql) ?? outcome
            case .deliverToHold(let holdID, _, let library):
                outcome = try await deliver(copy, to: holdID, at: library, context: context, on: sql)
            case .reshelve(_, let library):
                let fresh = try await CatalogStore.circulationCopy(id: copy.id.rawValue, on: sql) ?? copy
                let moves = library != fresh.libraryID
                try await CatalogStore.setCirculationStatus(
                    of: fresh, to: .available, dueAt: nil, library: moves ? library : nil, at: context.at, on: sql)
                let group = moves ? circulating(fresh, context.rules).floatingGroup : nil
                outcome = .reshelve(library: context.rules.code(of: library), floatingGroup: group)
            }
        }
        return outcome
    }

    /// A hold let go of its copy: if the copy is in a van it is routed on arrival; otherwise it goes where a
    /// check-in at its present library would send it.
    private func release(_ copy: CirculationCopy, context: EffectContext, on sql: any SQLDatabase) async throws
        -> CheckinOutcome?
    {
        if try await CirculationRows.openTransit(copy: copy.id, on: sql) != nil { return nil }
        guard let library = context.releaseAt,
            let fresh = try await CatalogStore.circulationCopy(id: copy.id.rawValue, on: sql),
            fresh.status != .onLoan
        else { return nil }
        var routeContext = context
        routeContext.hold = nil
        routeContext.loan = nil
        return try await route(fresh, at: library, context: routeContext, on: sql)
    }

    /// A transit for a hold arrived: onto the hold shelf, or, if the hold was cancelled on the way, wherever a
    /// check-in here sends the copy.
    private func deliver(
        _ copy: CirculationCopy, to holdID: Identifier<Hold>, at library: Identifier<Library>, context: EffectContext,
        on sql: any SQLDatabase
    ) async throws -> CheckinOutcome {
        let fresh = try await CatalogStore.circulationCopy(id: copy.id.rawValue, on: sql) ?? copy
        guard let hold = try await CirculationRows.hold(id: holdID.rawValue, on: sql),
            case .inTransit(let details, _) = hold.state
        else {
            var routeContext = context
            routeContext.hold = nil
            return try await route(fresh, at: library, context: routeContext, on: sql)
        }
        let transition = try hold.state.transition(
            on: .arriveAtPickup(library: library, at: context.at, calendar: context.rules.calendar(for: library)))
        try await CirculationRows.updateHold(hold, to: transition.state, at: context.at, on: sql)
        var holdContext = context
        holdContext.hold = hold.id
        try await apply(transition.effects, copy: fresh, context: holdContext, on: sql)
        try await CatalogStore.setCirculationStatus(of: fresh, to: .onHoldShelf, dueAt: nil, at: context.at, on: sql)
        let reader = try await ReaderRows.profile(id: details.reader, on: sql)
        var expires: Int64?
        if case .readyForPickup(_, _, let shelf) = transition.state { expires = shelf }
        return .holdShelf(
            hold: hold.id, readerName: reader?.name ?? "", card: reader?.cardNumber ?? "", shelfExpiresAt: expires)
    }
}
