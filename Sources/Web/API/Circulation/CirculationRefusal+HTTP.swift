import Circulation
import HTTPTypes

/// How a circulation refusal travels over HTTP: its status, a stable code for scripts, and the message in the
/// caller's language (the error middleware uses these; the desk pages show the message inline).
extension CirculationRefusal {
    /// 404 for things that do not exist, 403 for another reader's loan or hold, 409 for every state conflict.
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .unknownCard, .unknownItem, .unknownHold, .unknownLibrary: return .notFound
        case .notYourLoan: return .forbidden
        default: return .conflict
        }
    }

    /// The case name (`unknownItem`, `cardExpired`), stable across releases: the problem's `refusal` member.
    var code: String {
        switch self {
        case .cardBlocked: return "cardBlocked"
        case .cardExpired: return "cardExpired"
        case .noLoanRule: return "noLoanRule"
        case .itemNotLoanable: return "itemNotLoanable"
        case .loanLimitReached: return "loanLimitReached"
        case .holdsNotAllowed: return "holdsNotAllowed"
        case .holdLimitReached: return "holdLimitReached"
        case .noOpenDayAhead: return "noOpenDayAhead"
        case .alreadyOnLoan: return "alreadyOnLoan"
        case .heldForAnotherReader: return "heldForAnotherReader"
        case .notOnLoan: return "notOnLoan"
        case .itemRecordedLost: return "itemRecordedLost"
        case .itemClaimedReturned: return "itemClaimedReturned"
        case .renewalLimitReached: return "renewalLimitReached"
        case .requestedByAnotherReader: return "requestedByAnotherReader"
        case .holdAlreadyPlaced: return "holdAlreadyPlaced"
        case .holdCannotChange: return "holdCannotChange"
        case .holdSuspended: return "holdSuspended"
        case .copyDoesNotFillHold: return "copyDoesNotFillHold"
        case .notThePickupLibrary: return "notThePickupLibrary"
        case .holdNotYetExpired: return "holdNotYetExpired"
        case .transitAlreadyOpen: return "transitAlreadyOpen"
        case .transitNotOpen: return "transitNotOpen"
        case .transitForAnotherLibrary: return "transitForAnotherLibrary"
        case .unknownCard: return "unknownCard"
        case .cardPending: return "cardPending"
        case .cardReplaced: return "cardReplaced"
        case .unknownItem: return "unknownItem"
        case .itemNotAvailable: return "itemNotAvailable"
        case .unknownLibrary: return "unknownLibrary"
        case .notYourLoan: return "notYourLoan"
        case .unknownHold: return "unknownHold"
        case .noCopiesToRequest: return "noCopiesToRequest"
        case .invalidAmount: return "invalidAmount"
        }
    }

    /// The message in `language`.
    func message(_ language: Language) -> String { language == .zh ? chinese : english }
}
