/// A MARC record (MARC 21 or UNIMARC): a leader and its fields in order.
public struct Record: Sendable, Hashable {
    public var leader: Leader
    public var fields: [Field]

    public init(leader: Leader = .blank, fields: [Field] = []) {
        self.leader = leader
        self.fields = fields
    }

    /// All fields with the given tag.
    public func fields(_ tag: String) -> [Field] { fields.filter { $0.tag == tag } }

    /// The first field with the given tag.
    public subscript(tag: String) -> Field? { fields.first { $0.tag == tag } }

    /// The value of the first control field with the given tag (001, 003, 005, 008).
    public func controlValue(_ tag: String) -> String? { self[tag]?.value }
}
