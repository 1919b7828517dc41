import Consortium
import PinakesCore

/// A consequence of a transition that lives outside the machine's own state.
public enum CirculationEffect: Sendable, Hashable, Codable {
    /// The loan's due date is now this instant (checkout, renewal).
    case setDueDate(Int64)
    /// Charge the reader an overdue fine.
    case chargeFine(FineCharge)
    /// Send (and show in the account) a notice.
    case sendNotice(Notice)
    /// Open a transit for the copy; at most one may be open per copy.
    case openTransit(TransitRequest)
    /// The copy is no longer held for this hold (cancelled, expired, suspended): decide again where it goes.
    case releaseCopy(Identifier<CirculatingCopy>)
    /// A transit for a hold was received: the hold's copy has arrived at the pickup library.
    case deliverToHold(Identifier<Hold>, copy: Identifier<CirculatingCopy>, library: Identifier<Library>)
    /// The copy is back where it belongs (or may stay): put it on the shelf as available.
    case reshelve(Identifier<CirculatingCopy>, library: Identifier<Library>)
}
