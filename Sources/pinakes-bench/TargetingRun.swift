import Circulation
import Foundation
import PinakesApp
import PinakesCore

/// The holds targeter's time for `holds` open title-level holds: placed suspended (so placing does not
/// target them), resumed by the hold-expiry run, then targeted from scratch in one run.
enum TargetingRun {
    static func measure(_ setup: CirculationSetup, holds: Int) async throws -> [String] {
        guard holds > 0 else { return [] }
        let desk = setup.node.circulation
        let resumeAt = setup.node.clock.epochSeconds + 3
        let placing = ContinuousClock.now
        for index in 0..<holds {
            let pickup = CirculationSetup.lenders[index % CirculationSetup.lenders.count]
            _ = try await desk.placeHold(
                HoldPlacement(
                    card: setup.cards[index % setup.cards.count],
                    target: .title(setup.titles[index % setup.titles.count]),
                    pickupLibrary: pickup, suspendedUntil: resumeAt),
                actor: "bench")
        }
        let placed = (ContinuousClock.now - placing).seconds
        while setup.node.clock.epochSeconds <= resumeAt { try await Task.sleep(for: .milliseconds(200)) }
        let expiry = try await desk.runHoldExpiry()
        let targeting = try await desk.runTargeter()
        let again = try await desk.runTargeter()
        return [
            "",
            "  holds: placing \(holds) holds took \(String(format: "%.1f", placed)) s (\(String(format: "%.0f", Double(holds) / placed))/s)",
            "  hold-expiry run resuming them: \(expiry.changed) of \(expiry.considered) in \(String(format: "%.2f", expiry.seconds)) s",
            "  targeter run over \(targeting.considered) open holds: \(targeting.changed) targeted in "
                + "\(String(format: "%.2f", targeting.seconds)) s   (goal < 10 s)",
            "  second targeter run (targets kept): \(String(format: "%.2f", again.seconds)) s",
        ]
    }
}
