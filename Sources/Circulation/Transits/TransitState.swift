/// A transit as a value: not yet opened, open (the copy is in the van), or closed (received or cancelled).
public enum TransitState: Sendable, Hashable, Codable {
    case none
    case open(TransitRequest)
    case received(TransitRequest, at: Int64)
    case cancelled(TransitRequest, at: Int64)

    /// The state as one word.
    public var status: TransitStatus {
        switch self {
        case .none: return .none
        case .open: return .open
        case .received: return .received
        case .cancelled: return .cancelled
        }
    }
}
