import Consortium
import PinakesCore

/// A copy waiting on a library's hold shelf.
public struct ShelfEntry: Sendable, Hashable, Codable {
    public var hold: Identifier<Hold>
    public var barcode: String
    public var title: String
    public var readerName: String
    public var card: String
    public var shelfExpiresAt: Int64?
    /// Past its last day: take it off the shelf (the nightly run expires the hold).
    public var expired: Bool
}

/// A copy the targeter chose from this library's shelves for a hold: fetch it and check it in.
public struct PullEntry: Sendable, Hashable, Codable {
    public var hold: Identifier<Hold>
    public var barcode: String
    public var title: String
    public var callNumber: String?
    public var location: String?
    public var pickupLibrary: String
    public var placedAt: Int64
}

/// A copy travelling between libraries.
public struct TransitEntry: Sendable, Hashable, Codable {
    public var transit: Identifier<Transit>
    public var barcode: String
    public var title: String
    public var from: String
    public var to: String
    public var reason: TransitReason
    public var openedAt: Int64
    public var hold: Identifier<Hold>?
}

/// Which rule set a loan's terms, and how every other rule fared.
public struct LoanExplanation: Sendable, Hashable, Codable {
    public var loan: Identifier<Loan>
    public var barcode: String
    public var readerCategory: ReaderCategory
    public var itemType: ItemLoanType
    public var library: String
    /// The rule stored with the loan when it was made (its terms stay even if the matrix changes).
    public var ruleAtCheckout: PolicyRule
    /// The matrix as it is now, asked the same question.
    public var explanation: PolicyExplanation
}

/// Where a copy stands in circulation, for kiosks' item information and the desk.
public struct CopyCirculation: Sendable, Hashable, Codable {
    public var barcode: String
    public var title: String
    public var library: String
    public var status: String
    public var callNumber: String?
    public var itemType: String
    public var dueAt: Int64?
    public var loan: Identifier<Loan>?
    public var reader: Identifier<Reader>?
    /// Readers waiting for this copy's title (or this copy).
    public var holdQueue: Int
    /// Where an open transit takes it.
    public var transitTo: String?
    /// The pickup library of the hold it is caught for.
    public var heldFor: Identifier<Hold>?
}
