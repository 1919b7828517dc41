import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// Lends the copy with `barcode` to the reader with `card` at library `libraryCode`: borrow anywhere.
    public func checkout(card: String, barcode: String, library libraryCode: String, actor: String) async throws
        -> CheckoutReceipt
    {
        let rules = try await policies.rules()
        let library = try rules.library(code: libraryCode)
        let now = clock.epochSeconds
        let trimmed = barcode.trimmingCharacters(in: .whitespaces)
        return try await write(refusingDuplicateWith: .alreadyOnLoan(barcode: trimmed)) { sql in
            let reader = try await ReaderRows.profile(card: card, on: sql)
            try requireActive(reader)
            let copy = try await copy(trimmed, on: sql)
            var fulfilling: Hold?
            switch copy.status {
            case .available: break
            case .onHoldShelf:
                guard let hold = try await CirculationRows.capturingHold(copy: copy.id, on: sql),
                    hold.state.details?.reader == reader.id
                else { throw CirculationRefusal.heldForAnotherReader(barcode: copy.barcode) }
                fulfilling = hold
            case .onLoan: throw CirculationRefusal.alreadyOnLoan(barcode: copy.barcode)
            default: throw CirculationRefusal.itemNotAvailable(barcode: copy.barcode, status: copy.status.rawValue)
            }
            let request = CheckoutRequest(
                reader: reader.standing(fineLimitCents: settings.fineLimitCents), copy: circulating(copy, rules),
                library: library.id, at: now,
                rule: try rules.rule(reader.category, itemType(of: copy), at: library.code),
                calendar: rules.calendar(for: library.id),
                loansHeld: reader.openLoans)
            let transition = try LoanState.none.transition(on: .checkout(request))
            guard let details = transition.state.details else { throw CirculationRefusal.notOnLoan }
            let loan = try await CirculationRows.insertLoan(transition.state, on: sql)
            if let hold = fulfilling {
                let fulfilled = try hold.state.transition(on: .checkoutToHolder(reader: reader.id, at: now))
                try await CirculationRows.updateHold(hold, to: fulfilled.state, at: now, on: sql)
            }
            try await CatalogStore.setCirculationStatus(of: copy, to: .onLoan, dueAt: details.dueAt, at: now, on: sql)
            try await CirculationRows.event(
                "checkout", at: now, actor: actor, library: library.id, reader: reader.id, copy: copy.id, loan: loan,
                hold: fulfilling?.id, detail: "rule \(details.rule.id)", on: sql)
            return CheckoutReceipt(
                loan: loan, barcode: copy.barcode, title: copy.title, readerName: reader.name,
                card: reader.cardNumber ?? card, library: library.code, checkedOutAt: now, dueAt: details.dueAt,
                rule: details.rule.id, fulfilledHold: fulfilling?.id)
        }
    }
}
