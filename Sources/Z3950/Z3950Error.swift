/// What went wrong in a Z39.50 session: the one error type of this module.
public enum Z3950Error: Error, Sendable, Equatable {
    /// The bytes are not a well-formed BER encoding of a Z39.50 APDU; `offset` counts from the APDU's start.
    case malformed(String, offset: Int)
    /// An APDU larger than the negotiated maximum message size (Z39.50-2003 3.2.1.1.4).
    case tooLarge(size: Int, limit: Int)
    /// The peer broke the protocol's order (for example a Search before Init).
    case protocolViolation(String)
}
