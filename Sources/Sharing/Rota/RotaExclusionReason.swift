import Foundation
import ISO18626

/// Why a candidate was left out of the rota.
public enum RotaExclusionReason: Sendable, Hashable, Codable {
    /// It does not offer the requested ISO 18626 service.
    case serviceNotOffered(ServiceType)
    /// Its directory entry is suspended.
    case suspended
    /// The same agency was offered twice; the first one is kept.
    case duplicate
}
