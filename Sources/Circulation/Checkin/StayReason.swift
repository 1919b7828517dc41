/// Why a checked-in copy stays where it was handed in.
public enum StayReason: Sendable, Hashable, Codable {
    /// It is at its home library.
    case atHome
    /// It floats in this named group, which includes the library it was handed in at.
    case floating(group: String)
}
