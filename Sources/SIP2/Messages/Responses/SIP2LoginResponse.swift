/// Login response (94): `1` when the kiosk's account was accepted.
public struct SIP2LoginResponse: SIP2Message {
    public var code: SIP2MessageCode { .loginResponse }
    public var ok: Bool
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(ok: Bool) { self.ok = ok }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        ok = try reader.okFlag("ok")
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.okFlag(ok)
        writer.fields(otherFields)
    }
}
