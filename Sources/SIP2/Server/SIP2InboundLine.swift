/// One unit read from a kiosk's connection by `SIP2LineFrameDecoder`.
public enum SIP2InboundLine: Sendable, Equatable {
    /// A complete line without its terminator.
    case line([UInt8])
    /// A line longer than the maximum; its first bytes (up to the maximum) are kept for the refusal, the rest
    /// up to the next terminator is skipped.
    case oversized(prefix: [UInt8])
}
