import Catalog
import Circulation
import Foundation
import PinakesCore

extension CirculationKiosk {
    public func checkin(
        barcode: String, location: String?, returnedAt: Date?, noBlock: Bool, cancel: Bool, session: SIP2Session
    ) async throws -> SIP2CheckinOutcome {
        do {
            if cancel { throw KioskRefusal.cancelNotSupported }
            let library = try await libraryCode(session, location: location)
            let receipt = try await desk.checkin(barcode: barcode, library: library, actor: actor(session))
            let owner = try await CatalogStore(database: desk.database, clock: desk.clock).item(
                barcode: receipt.barcode)
            var outcome = SIP2CheckinOutcome(
                ok: true, barcode: receipt.barcode, permanentLocation: owner?.libraryCode ?? library,
                title: receipt.title, screenMessage: [say(.checkin(receipt.outcome))])
            outcome.mediaType = .book
            if let reader = receipt.reader { outcome.card = try? await desk.readers.require(reader).cardNumber }
            route(receipt.outcome, into: &outcome)
            if receipt.fineCents > 0 { outcome.screenMessage.append(say(.fineCharged(cents: receipt.fineCents))) }
            return outcome
        } catch {
            return SIP2CheckinOutcome(ok: false, barcode: barcode, screenMessage: [try refusalMessage(error)])
        }
    }

    /// The routing fields of a check-in: alert, alert type (CV), destination (CT) and hold patron (CY).
    private func route(_ routing: CheckinOutcome, into outcome: inout SIP2CheckinOutcome) {
        switch routing {
        case .reshelve: break
        case .holdShelf(_, _, let card, _):
            outcome.alert = true
            outcome.alertType = "01"
            outcome.holdPatronCard = card
        case .transit(_, let destination, let reason, _):
            outcome.alert = true
            outcome.alertType = reason == .hold ? "02" : "04"
            outcome.destinationLocation = destination
        case .forward(let destination):
            outcome.alert = true
            outcome.alertType = "04"
            outcome.destinationLocation = destination
        }
    }

    public func itemInformation(barcode: String, session: SIP2Session) async throws -> SIP2ItemInformation {
        let status: CopyCirculation
        do {
            status = try await desk.copyStatus(barcode: barcode)
        } catch {
            return SIP2ItemInformation(
                barcode: barcode, title: "", circulationStatus: .other, screenMessage: [try refusalMessage(error)])
        }
        var item = SIP2ItemInformation(
            barcode: status.barcode, title: status.title,
            circulationStatus: Self.circulationStatus(ItemStatus(rawValue: status.status) ?? .notForLoan),
            dueDate: status.dueAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            permanentLocation: status.library, currentLocation: status.transitTo ?? status.library)
        item.owner = status.library
        item.holdQueueLength = status.holdQueue
        item.mediaType = .book
        if let destination = status.transitTo { item.screenMessage = [say(.checkin(.forward(to: destination)))] }
        return item
    }

    /// The SIP2 circulation status of a copy's status.
    static func circulationStatus(_ status: ItemStatus) -> SIP2CirculationStatus {
        switch status {
        case .available: .available
        case .onLoan: .charged
        case .inTransit: .inTransit
        case .onHoldShelf: .waitingOnHoldShelf
        case .onOrder: .onOrder
        case .inProcessing: .inProcess
        case .lost: .lost
        case .missing: .missing
        case .notForLoan, .damaged, .withdrawn: .other
        }
    }
}
