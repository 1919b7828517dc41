import Consortium
import PinakesCore

/// A registered reader as the desk and the reader's account show them: who, which card, which category, the
/// home library, until when the card is valid, blocks, linked accounts and the loan-history choice.
public struct ReaderProfile: Sendable, Hashable, Codable {
    public var id: Identifier<Reader>
    public var name: String
    public var category: ReaderCategory
    public var homeLibraryID: Identifier<Library>
    public var homeLibraryCode: String
    public var email: String?
    public var phone: String?
    public var status: ReaderStatus
    public var registeredVia: RegistrationChannel
    /// The last day the card is valid; nil never expires.
    public var validThrough: LocalDate?
    /// Whether the reader chose to keep their loan history.
    public var keepHistory: Bool
    /// Readers linked as one person (a reader's cards at a university and at the public library) share a group.
    public var linkGroup: Int64?
    /// The active card, nil while none is issued.
    public var cardNumber: String?
    /// Blocks staff set and not yet lifted.
    public var blocks: [ReaderBlockEntry]
    /// Fines owed, in cents.
    public var owedCents: Int
    /// The login account of the reader's "my account", when they have one.
    public var accountID: Int64?
    public var note: String
    public var hasPIN: Bool
    /// Loans not yet returned (on loan, lost or claimed returned).
    public var openLoans: Int

    /// What the machines need: the category, the card's last day and every block, including the fines block
    /// when the reader owes more than `fineLimitCents`.
    public func standing(fineLimitCents: Int) -> ReaderStanding {
        var kinds = blocks.map(\.kind)
        if owedCents > fineLimitCents, !kinds.contains(.fines) { kinds.insert(.fines, at: 0) }
        return ReaderStanding(reader: id, category: category, cardValidThrough: validThrough, blocks: kinds)
    }
}

/// Whether a registration has been checked by staff.
public enum ReaderStatus: String, Sendable, Codable, CaseIterable {
    /// Registered online; borrowing waits until a desk sees proof of identity.
    case pending
    case active
}

/// Where a reader registered.
public enum RegistrationChannel: String, Sendable, Codable, CaseIterable {
    case desk
    case online
}

/// One block on a reader's account, as staff set it.
public struct ReaderBlockEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: ReaderBlock
    public var note: String
    public var createdAt: Int64
    public var createdBy: String
}
