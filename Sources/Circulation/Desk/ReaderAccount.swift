import Consortium
import PinakesCore

/// Everything a reader sees in "my account" and staff see at the desk: loans, holds with queue positions,
/// fines, notices and (if the reader opted in) the loan history.
public struct ReaderAccount: Sendable, Hashable, Codable {
    public var reader: ReaderProfile
    public var loans: [AccountLoan]
    public var holds: [AccountHold]
    public var fines: [AccountFine]
    public var notices: [AccountNotice]
    /// Ended loans, newest first; empty unless the reader keeps a history.
    public var history: [AccountLoan]
}

public struct AccountLoan: Sendable, Hashable, Codable {
    public var loan: Identifier<Loan>
    public var barcode: String
    public var title: String
    public var library: String
    public var status: LoanStatus
    public var checkedOutAt: Int64
    public var dueAt: Int64
    public var overdue: Bool
    public var renewals: Int
    public var renewalsLeft: Int
    public var rule: String
    public var endedAt: Int64?
}

public struct AccountHold: Sendable, Hashable, Codable {
    public var hold: Identifier<Hold>
    public var title: String
    public var status: HoldStatus
    public var pickupLibrary: String
    public var placedAt: Int64
    public var queuePosition: Int?
    public var shelfExpiresAt: Int64?
    public var suspendedUntil: Int64?
    /// The barcode of the copy caught for it, once there is one.
    public var barcode: String?
}

public struct AccountFine: Sendable, Hashable, Codable {
    public var fine: Int64
    public var kind: String
    public var amountCents: Int
    public var owedCents: Int
    public var note: String
    public var title: String?
    public var createdAt: Int64
}

public struct AccountNotice: Sendable, Hashable, Codable {
    public var notice: Int64
    public var kind: NoticeKind
    public var status: String
    public var title: String?
    public var library: String?
    public var deadline: Int64?
    public var createdAt: Int64
    public var sentAt: Int64?
}
