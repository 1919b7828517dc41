import Foundation

/// How many requests an agency supplied and received in a window, the input of the rota's fairness score.
public struct FairnessCount: Sendable, Hashable, Codable {
    /// Requests it supplied (loans and copies).
    public var lent: Int
    /// Requests it received.
    public var borrowed: Int

    /// Counts as given.
    public init(lent: Int = 0, borrowed: Int = 0) {
        self.lent = lent
        self.borrowed = borrowed
    }
}
