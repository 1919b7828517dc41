/// One variable-length field as it arrived: its identifier and its text, kept even when unknown.
public struct SIP2Field: Sendable, Equatable {
    public var id: SIP2FieldID
    public var value: String

    public init(_ id: SIP2FieldID, _ value: String) {
        self.id = id
        self.value = value
    }
}
