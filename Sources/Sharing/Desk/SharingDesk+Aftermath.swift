import Circulation
import Foundation
import ISO18626
import PinakesCore

extension SharingDesk {
    /// Carries out what a committed transition left: renewing the institution's loan (then answering the
    /// requester), fetching a delivered document; then sends the outbox.
    func finish(_ after: AfterCommit) async {
        if let barcode = after.renew { await renewForRequester(after.requestID, barcode: barcode) }
        if let url = after.fetch {
            do { try await fetchDocument(request: after.requestID, from: url) } catch {
                logger.warning("request \(after.requestID): document not fetched from \(url): \(error)")
            }
        }
        kick()
    }

    /// The requester asked to renew: our circulation decides (the policy for institutions, other readers'
    /// holds), and the answer goes back as `RenewResponse`.
    private func renewForRequester(_ id: Int64, barcode: String) async {
        do {
            let record = try await request(id)
            let card = try await institutionCard(for: record)
            let reader = try await circulation.readers.reader(card: card)
            let event: LendingEvent
            do {
                let receipt = try await circulation.renew(
                    barcode: barcode, reader: reader.id, actor: "peer:\(record.requestingAgency)")
                event = .renewalAnswered(renewed: true, dueAt: receipt.dueAt)
            } catch let refusal as CirculationRefusal {
                logger.info("request \(id): renewal refused: \(refusal.english)")
                event = .renewalAnswered(renewed: false, dueAt: nil)
            }
            try await apply(id, event, event: "renewal-answered", actor: "pinakes")
        } catch {
            logger.warning("request \(id): renewal not answered: \(error)")
        }
    }

    /// Answers a new lending request at once when the settings allow: `Unfilled` (NotHeld) when we hold no
    /// copy, `WillSupply` when a copy is on the shelf and the loan policy lends it to institutions (or when a
    /// copy of a held title is asked for). Anything else waits for staff.
    func answerAutomatically(_ id: Int64, match: HoldingsMatch) async throws {
        let settings = try await directory.settings()
        guard settings.autoSupply else { return kick() }
        let record = try await request(id)
        let state = try record.lending()
        if !settings.services.contains(state.service) && state.service != .copyOrLoan {
            try await apply(id, .unfilled(reason: "NotAvailableForILL"), event: "auto-unfilled", actor: "pinakes")
        } else if match.clusterID == nil || match.held == 0 {
            try await apply(id, .unfilled(reason: "NotHeld"), event: "auto-unfilled", actor: "pinakes")
        } else if state.service == .copy {
            try await apply(id, .willSupply(note: nil), event: "auto-will-supply", actor: "pinakes")
        } else if match.available > 0, try await lendsToInstitutions(record) {
            try await apply(id, .willSupply(note: nil), event: "auto-will-supply", actor: "pinakes")
        }
        kick()
    }

    /// Whether a copy on the shelf may be lent to an institution under the loan policy.
    private func lendsToInstitutions(_ record: ILLRequestRecord) async throws -> Bool {
        for copy in try await shelfCopies(for: record) {
            let type = copy.itemType.map { ItemLoanType($0) } ?? .book
            let explanation = try await circulation.explain(
                category: .institution, itemType: type, library: record.libraryCode)
            if explanation.chosen?.policy.loanable == true { return true }
        }
        return false
    }
}
