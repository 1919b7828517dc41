import Foundation

/// Availability bands of the rota: every lender of an earlier band is asked before any of a later one,
/// whatever their other scores.
public enum RotaTier: Int, Sendable, Hashable, Codable, Comparable {
    /// A lendable copy is on the shelf and the library is open today.
    case onShelfNow = 0
    /// A lendable copy is on the shelf but the library is closed today.
    case onShelfClosedToday = 1
    /// No copy can be pulled now (all out, or availability unknown).
    case notOnShelf = 2

    /// Earlier bands sort first.
    public static func < (lhs: RotaTier, rhs: RotaTier) -> Bool { lhs.rawValue < rhs.rawValue }
}
