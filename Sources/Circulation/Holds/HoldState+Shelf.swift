import Consortium
import PinakesCore

extension HoldState {
    /// Captured here for a pickup here: onto the hold shelf. Captured elsewhere: into a transit to the pickup
    /// library.
    func capture(_ capture: HoldCapture, calendar: LibraryCalendar) throws(CirculationRefusal)
        -> Transition<HoldState>
    {
        let details = try waitingDetails()
        guard details.level.isFilled(by: capture.copy) else {
            throw .copyDoesNotFillHold(barcode: capture.copy.barcode)
        }
        if capture.library == details.pickupLibrary {
            return try shelve(details, capture, at: capture.at, calendar: calendar)
        }
        let transit = TransitRequest(
            copy: capture.copy.id, from: capture.library, to: details.pickupLibrary, reason: .hold, at: capture.at)
        return Transition(.inTransit(details, capture), effects: [.openTransit(transit)])
    }

    func arrive(at library: Identifier<Library>, instant: Int64, calendar: LibraryCalendar)
        throws(CirculationRefusal) -> Transition<HoldState>
    {
        guard case .inTransit(let details, let capture) = self else { throw .holdCannotChange(status) }
        guard library == details.pickupLibrary else { throw .notThePickupLibrary(details.pickupLibrary) }
        return try shelve(details, capture, at: instant, calendar: calendar)
    }

    /// On the shelf until the pickup library closes on the last of `shelfDays` days, and the reader is told.
    private func shelve(_ details: HoldDetails, _ capture: HoldCapture, at: Int64, calendar: LibraryCalendar)
        throws(CirculationRefusal) -> Transition<HoldState>
    {
        let expires = try calendar.dueDate(from: at, loanDays: details.shelfDays)
        let notice = Notice(
            kind: .holdReady, reader: details.reader, copy: capture.copy.id, library: details.pickupLibrary,
            deadline: expires, at: at)
        return Transition(.readyForPickup(details, capture, shelfExpiresAt: expires), effects: [.sendNotice(notice)])
    }

    func checkout(to reader: Identifier<Reader>, at: Int64) throws(CirculationRefusal) -> Transition<HoldState> {
        guard case .readyForPickup(let details, let capture, _) = self else { throw .holdCannotChange(status) }
        guard reader == details.reader else { throw .heldForAnotherReader(barcode: capture.copy.barcode) }
        return Transition(.fulfilled(details, capture, at: at))
    }

    /// A shelf copy left uncollected, or a waiting hold past "not needed after", expires; the reader is told
    /// and a shelf copy is released for the next reader.
    func expire(at: Int64) throws(CirculationRefusal) -> Transition<HoldState> {
        switch self {
        case .readyForPickup(let details, let capture, let expiresAt):
            guard at >= expiresAt else { throw .holdNotYetExpired(until: expiresAt) }
            let notice = Notice(
                kind: .holdExpired, reader: details.reader, copy: capture.copy.id, library: details.pickupLibrary,
                at: at)
            return Transition(.expired(details, at: at), effects: [.sendNotice(notice), .releaseCopy(capture.copy.id)])
        case .active(let details), .suspended(let details, _):
            guard let limit = details.notNeededAfter, at > limit else {
                throw .holdNotYetExpired(until: details.notNeededAfter)
            }
            let notice = Notice(kind: .holdExpired, reader: details.reader, library: details.pickupLibrary, at: at)
            return Transition(.expired(details, at: at), effects: [.sendNotice(notice)])
        case .none, .inTransit, .fulfilled, .expired, .cancelled:
            throw .holdCannotChange(status)
        }
    }

    /// Cancelling a hold whose copy is caught (in transit or on the shelf) releases the copy.
    func cancel(at: Int64) throws(CirculationRefusal) -> Transition<HoldState> {
        switch self {
        case .active(let details), .suspended(let details, _):
            return Transition(.cancelled(details, at: at))
        case .inTransit(let details, let capture), .readyForPickup(let details, let capture, _):
            return Transition(.cancelled(details, at: at), effects: [.releaseCopy(capture.copy.id)])
        case .none, .fulfilled, .expired, .cancelled:
            throw .holdCannotChange(status)
        }
    }
}
