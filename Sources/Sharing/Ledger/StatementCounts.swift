import Foundation

/// Services counted on a statement, each request once however many lines it has.
public struct StatementCounts: Sendable, Hashable, Codable {
    /// Loans the member supplied.
    public var loansSupplied = 0
    /// Copies the member supplied.
    public var copiesSupplied = 0
    /// Loans the member received.
    public var loansReceived = 0
    /// Copies the member received.
    public var copiesReceived = 0

    /// All zero.
    public init() {}
}
