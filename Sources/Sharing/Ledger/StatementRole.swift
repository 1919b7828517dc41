import Foundation

/// The member's side of a ledger line.
public enum StatementRole: String, Sendable, Hashable, Codable {
    /// The member supplied the service and is owed the amount.
    case lent
    /// The member received the service and owes the amount.
    case borrowed
}
