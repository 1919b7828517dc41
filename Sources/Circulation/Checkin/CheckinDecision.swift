import Consortium
import PinakesCore

/// Where a copy goes when it is checked in, anywhere in the consortium: caught for the best waiting hold
/// (onto the hold shelf here, or in transit to the pickup library), sent home in transit, or left here.
public enum CheckinDecision: Sendable, Hashable, Codable {
    case captureForHoldShelf(Identifier<Hold>)
    case captureForTransit(Identifier<Hold>, pickup: Identifier<Library>)
    case sendHome(Identifier<Library>)
    case stay(StayReason)

    /// Decides for `facts`. Holds come first; among them the best is the one on this very copy, then one whose
    /// targeted copy this is, then the lowest queue position, the earliest placed, pickup here, the lowest id.
    public static func decide(_ facts: CheckinFacts) -> CheckinDecision {
        if let best = bestHold(for: facts) {
            if best.pickupLibrary == facts.library { return .captureForHoldShelf(best.hold) }
            return .captureForTransit(best.hold, pickup: best.pickupLibrary)
        }
        if facts.copy.homeLibrary == facts.library { return .stay(.atHome) }
        if let name = facts.copy.floatingGroup,
            let group = facts.floatingGroups.first(where: { $0.name == name }),
            group.libraries.contains(facts.library)
        {
            return .stay(.floating(group: name))
        }
        return .sendHome(facts.copy.homeLibrary)
    }

    /// The waiting hold the copy should fill, nil when none can be filled by it.
    public static func bestHold(for facts: CheckinFacts) -> WaitingHold? {
        let copy = facts.copy
        func key(_ hold: WaitingHold) -> (Int, Int, Int, Int64, Int, Int64) {
            let onThisCopy = hold.level == .copy(copy.id) ? 0 : 1
            let targeted = hold.targetedCopy == copy.id ? 0 : 1
            let pickupHere = hold.pickupLibrary == facts.library ? 0 : 1
            return (onThisCopy, targeted, hold.queuePosition, hold.placedAt, pickupHere, hold.hold.rawValue)
        }
        return facts.waitingHolds.filter { $0.level.isFilled(by: copy) }.min { key($0) < key($1) }
    }

    /// The decision in words for the check-in screen and the transit slip.
    public var english: String {
        switch self {
        case .captureForHoldShelf(let hold): return "Put on the hold shelf here for hold \(hold)."
        case .captureForTransit(let hold, let pickup):
            return "Send to library \(pickup) for hold \(hold)."
        case .sendHome(let home): return "Not needed here: send home to library \(home)."
        case .stay(.atHome): return "At home: put back on the shelf."
        case .stay(.floating(let group)): return "Floats in \(group): put on the shelf here."
        }
    }
}
