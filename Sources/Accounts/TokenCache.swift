import Foundation
import Synchronization

/// Principals behind API tokens, remembered for a few seconds: a kiosk or script sends its token with every
/// request, and looking the account and its scope up each time costs four queries. A revoked token or a
/// changed scope takes effect within `lifetime`.
final class TokenCache: Sendable {
    private let entries = Mutex<[String: (principal: Principal, until: Date)]>([:])
    let lifetime: TimeInterval
    private static let capacity = 1_000

    init(lifetime: TimeInterval = 5) { self.lifetime = lifetime }

    func principal(for tokenHash: String) -> Principal? {
        entries.withLock { entries in
            guard let entry = entries[tokenHash], entry.until > Date() else { return nil }
            return entry.principal
        }
    }

    func remember(_ principal: Principal, for tokenHash: String) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[tokenHash] = (principal, Date().addingTimeInterval(lifetime))
        }
    }
}
