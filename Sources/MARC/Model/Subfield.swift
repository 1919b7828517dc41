/// A subfield of a data field: a one-character code and its value.
public struct Subfield: Sendable, Hashable {
    /// The subfield code (`a`, `b`, `6`, …).
    public var code: Character
    /// The value, in Unicode.
    public var value: String

    public init(code: Character, value: String) {
        self.code = code
        self.value = value
    }
}
