import Foundation

/// Whose copies a yearly limit counts: those received by the requesting library (CONTU counts per requesting
/// entity), or those supplied anywhere in the consortium.
public enum CopyrightScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// Copies received by one requesting library.
    case requestingLibrary
    /// Copies supplied to any member of the consortium.
    case consortium
}
