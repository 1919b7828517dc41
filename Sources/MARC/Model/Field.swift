/// A variable field: either a control field (tags 001–009) or a data field with indicators and subfields.
public struct Field: Sendable, Hashable {
    /// The three-character tag.
    public var tag: String
    /// The value of a control field; nil for data fields.
    public var value: String?
    /// First indicator (blank when absent).
    public var indicator1: Character
    /// Second indicator (blank when absent).
    public var indicator2: Character
    /// Subfields of a data field, in order.
    public var subfields: [Subfield]

    /// A control field.
    public init(tag: String, value: String) {
        self.tag = tag
        self.value = value
        self.indicator1 = " "
        self.indicator2 = " "
        self.subfields = []
    }

    /// A data field.
    public init(tag: String, indicator1: Character = " ", indicator2: Character = " ", subfields: [Subfield]) {
        self.tag = tag
        self.value = nil
        self.indicator1 = indicator1
        self.indicator2 = indicator2
        self.subfields = subfields
    }

    /// True for control fields (no indicators, no subfields).
    public var isControlField: Bool { value != nil }

    /// The first value of subfield `code`.
    public subscript(code: Character) -> String? {
        subfields.first { $0.code == code }?.value
    }

    /// All values of the given subfield codes, in field order.
    public func values(_ codes: Character...) -> [String] {
        subfields.filter { codes.contains($0.code) }.map(\.value)
    }

    /// The values of the given codes (all codes when empty) joined by a space.
    public func text(_ codes: Set<Character> = []) -> String {
        subfields.filter { codes.isEmpty || codes.contains($0.code) }.map(\.value).joined(separator: " ")
    }
}
