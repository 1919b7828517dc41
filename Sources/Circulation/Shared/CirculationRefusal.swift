import Consortium
import PinakesCore

/// Why circulation says no: the one error type of this module. Each case carries what the reader (or the
/// librarian at the desk) must be told, in English and in Chinese (`english`, `chinese`).
public enum CirculationRefusal: Error, Sendable, Hashable, Codable {
    // The reader's card.
    case cardBlocked(ReaderBlock)
    case cardExpired(on: LocalDate)

    // The loan policy.
    case noLoanRule(category: ReaderCategory, itemType: ItemLoanType, library: String)
    case itemNotLoanable(ItemLoanType)
    case loanLimitReached(limit: Int)
    case holdsNotAllowed(ItemLoanType)
    case holdLimitReached(limit: Int)

    // The calendar.
    case noOpenDayAhead

    // Loans.
    case alreadyOnLoan(barcode: String)
    case heldForAnotherReader(barcode: String)
    case notOnLoan
    case itemRecordedLost(barcode: String)
    case itemClaimedReturned(barcode: String)
    case renewalLimitReached(limit: Int)
    case requestedByAnotherReader(barcode: String)

    // Holds.
    case holdAlreadyPlaced
    case holdCannotChange(HoldStatus)
    case holdSuspended
    case copyDoesNotFillHold(barcode: String)
    case notThePickupLibrary(Identifier<Library>)
    case holdNotYetExpired(until: Int64?)

    // Transits.
    case transitAlreadyOpen
    case transitNotOpen(TransitStatus)
    case transitForAnotherLibrary(Identifier<Library>)
    // The desk: what was scanned or asked for.
    case unknownCard(String)
    case cardPending
    case cardReplaced(String)
    case unknownItem(barcode: String)
    case itemNotAvailable(barcode: String, status: String)
    case unknownLibrary(String)
    case notYourLoan
    case unknownHold
    case noCopiesToRequest
    case invalidAmount
}
