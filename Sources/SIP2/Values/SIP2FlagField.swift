/// A fixed-length SIP2 field of one-character flags (patron status, supported messages): position N is `Y`
/// when bit N is set. Reading accepts `Y` in either case; anything else leaves the flag clear.
public protocol SIP2FlagField: OptionSet where RawValue == UInt16 {
    /// Characters on the wire.
    static var length: Int { get }
    /// What a clear flag is written as (a blank, or `N`).
    static var clearCharacter: Character { get }
}

extension SIP2FlagField {
    /// Reads the field's characters.
    public init(wire text: String) {
        var value: UInt16 = 0
        for (position, character) in text.prefix(Self.length).enumerated() where character == "Y" || character == "y" {
            value |= 1 << position
        }
        self.init(rawValue: value)
    }

    /// The field's characters as on the wire.
    public var wire: String {
        String((0..<Self.length).map { rawValue & (1 << $0) != 0 ? "Y" : Self.clearCharacter })
    }
}
