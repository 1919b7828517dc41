import Consortium
import PinakesCore

/// What the desk (or a kiosk) prints and shows after a checkout.
public struct CheckoutReceipt: Sendable, Hashable, Codable {
    public var loan: Identifier<Loan>
    public var barcode: String
    public var title: String
    public var readerName: String
    public var card: String
    public var library: String
    public var checkedOutAt: Int64
    public var dueAt: Int64
    /// The policy rule that set the terms (for the "why" view).
    public var rule: String
    /// The hold this checkout fulfilled, when the copy came off the hold shelf.
    public var fulfilledHold: Identifier<Hold>?
}

/// What happened to a copy handed in, and what the desk must do with it.
public struct CheckinReceipt: Sendable, Hashable, Codable {
    public var barcode: String
    public var title: String
    public var library: String
    /// The loan this check-in ended, nil when the copy was not on loan (a transit received, a found copy).
    public var loan: Identifier<Loan>?
    /// The reader whose loan ended.
    public var reader: Identifier<Reader>?
    public var outcome: CheckinOutcome
    /// Overdue fine charged, in cents (0 when none).
    public var fineCents: Int
    /// Whether the loan was overdue when it ended.
    public var wasOverdue: Bool
}

/// Where the copy goes after a check-in.
public enum CheckinOutcome: Sendable, Hashable, Codable {
    /// Back on the shelf here (at home, or floating in `floatingGroup`).
    case reshelve(library: String, floatingGroup: String?)
    /// Onto the hold shelf here for a reader.
    case holdShelf(hold: Identifier<Hold>, readerName: String, card: String, shelfExpiresAt: Int64?)
    /// Into a transit (a slip is printed): home, or to a hold's pickup library.
    case transit(Identifier<Transit>, to: String, reason: TransitReason, hold: Identifier<Hold>?)
    /// In transit to another library and handed in here on the way: send it on.
    case forward(to: String)

    /// A one-line instruction for the desk, in English.
    public var english: String {
        switch self {
        case .reshelve(let library, let group):
            return group.map { "Shelve here at \(library) (floats in \($0))." } ?? "Shelve at \(library)."
        case .holdShelf(_, let name, let card, _): return "Put on the hold shelf for \(name) (\(card))."
        case .transit(_, let to, let reason, _):
            return reason == .hold ? "Send to \(to) for a hold." : "Send home to \(to)."
        case .forward(let to): return "In transit: send on to \(to)."
        }
    }

    /// The instruction in Chinese.
    public var chinese: String {
        switch self {
        case .reshelve(let library, let group):
            return group.map { "在\(library)上架（\($0)流通组）。" } ?? "在\(library)上架。"
        case .holdShelf(_, let name, let card, _): return "放上预约架，留给\(name)（\(card)）。"
        case .transit(_, let to, let reason, _): return reason == .hold ? "送往\(to)，供预约取书。" : "送回所属馆\(to)。"
        case .forward(let to): return "在途单册：请转送\(to)。"
        }
    }
}

/// A renewal's result.
public struct RenewalReceipt: Sendable, Hashable, Codable {
    public var loan: Identifier<Loan>
    public var barcode: String
    public var title: String
    public var dueAt: Int64
    public var renewals: Int
    public var renewalsLeft: Int
}

/// One renewal of a renew-all: the receipt or the refusal for each loan.
public struct RenewalAttempt: Sendable, Hashable {
    public var barcode: String
    public var title: String
    public var result: Result<RenewalReceipt, CirculationRefusal>
}

/// A hold's result after placing or changing it.
public struct HoldReceipt: Sendable, Hashable, Codable {
    public var hold: Identifier<Hold>
    public var title: String
    public var status: HoldStatus
    public var pickupLibrary: String
    /// 1 for the first reader waiting; nil once the hold is caught or closed.
    public var queuePosition: Int?
}

/// A payment or waiver with its receipt number and the fines it settled.
public struct PaymentReceipt: Sendable, Hashable, Codable {
    public var receiptNumber: String
    public var kind: String
    public var amountCents: Int
    public var at: Int64
    /// Fine id and the amount put against it.
    public var lines: [PaymentLine]
    public var owedAfterCents: Int
}

/// One fine a payment settled (part of).
public struct PaymentLine: Sendable, Hashable, Codable {
    public var fine: Int64
    public var amountCents: Int
}
