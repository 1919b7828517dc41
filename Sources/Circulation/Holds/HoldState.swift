/// A hold as a value: placed and waiting (active, possibly with a targeted copy) or suspended; then a copy is
/// captured and travels (in transit) to the hold shelf (ready for pickup); it ends fulfilled, expired or
/// cancelled.
public enum HoldState: Sendable, Hashable, Codable {
    case none
    case active(HoldDetails)
    case suspended(HoldDetails, until: Int64?)
    case inTransit(HoldDetails, HoldCapture)
    case readyForPickup(HoldDetails, HoldCapture, shelfExpiresAt: Int64)
    case fulfilled(HoldDetails, HoldCapture, at: Int64)
    case expired(HoldDetails, at: Int64)
    case cancelled(HoldDetails, at: Int64)

    /// The state as one word.
    public var status: HoldStatus {
        switch self {
        case .none: return .none
        case .active: return .active
        case .suspended: return .suspended
        case .inTransit: return .inTransit
        case .readyForPickup: return .readyForPickup
        case .fulfilled: return .fulfilled
        case .expired: return .expired
        case .cancelled: return .cancelled
        }
    }

    /// The hold's details, nil before it is placed.
    public var details: HoldDetails? {
        switch self {
        case .none: return nil
        case .active(let details), .suspended(let details, _), .inTransit(let details, _),
            .readyForPickup(let details, _, _), .fulfilled(let details, _, _), .expired(let details, _),
            .cancelled(let details, _):
            return details
        }
    }
}
