/// What went wrong in a Z39.50 session: the one error type of this module.
public enum Z3950Error: Error, Sendable, Equatable {
    /// The bytes are not a well-formed BER encoding of a Z39.50 APDU; `offset` counts from the APDU's start.
    case malformed(String, offset: Int)
}
