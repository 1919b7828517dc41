/// Whether messages carry a sequence number (AY) and checksum (AZ), per ACS configuration.
public enum SIP2ErrorDetection: String, Sendable, Equatable {
    /// Verify a checksum when the kiosk sends one and answer with AY/AZ then; accept messages without.
    case automatic
    /// Refuse (with 96) any message without a valid checksum.
    case required
    /// Never verify and never send checksums (for kiosks that compute them wrongly).
    case disabled
}
