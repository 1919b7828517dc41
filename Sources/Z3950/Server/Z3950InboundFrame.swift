/// One unit cut from a client's byte stream by `Z3950FrameDecoder`.
public enum Z3950InboundFrame: Sendable, Equatable {
    /// The bytes of one complete BER element (an APDU, still to be parsed).
    case apdu([UInt8])
    /// The stream cannot be read on (bad length, an APDU over the size limit); the connection must end.
    case invalid(String)
}
