// TEMPORARY scaffold: replaced by the real MARC-8 decoder (helper B) this session.
/// MARC-8 to Unicode decoder.
public struct MARC8Decoder: MARCTextDecoder {
    public init() {}
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, problems: inout [String]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
