/// A MARC record (MARC 21 or UNIMARC): a leader and its fields in order.
///
/// A record read from ISO 2709 keeps its text in one UTF-8 buffer with a compact index (see
/// `ParsedFields`) and builds `Field` values only when asked; the first change to ``fields``
/// turns it into an ordinary array of fields. Both forms behave the same.
public struct Record: Sendable {
    /// How the fields are held.
    enum Storage: Sendable {
        case values([Field])
        case parsed(ParsedFields)
    }

    public var leader: Leader
    var storage: Storage

    public init(leader: Leader = .blank, fields: [Field] = []) {
        self.leader = leader
        self.storage = .values(fields)
    }

    /// A record over parsed ISO 2709 fields.
    init(leader: Leader, parsed: ParsedFields) {
        self.leader = leader
        self.storage = .parsed(parsed)
    }

    /// The fields in record order.
    public var fields: [Field] {
        get {
            switch storage {
            case .values(let fields): fields
            case .parsed(let parsed): parsed.fields()
            }
        }
        set { storage = .values(newValue) }
        _modify {
            var fields: [Field]
            switch storage {
            case .values(let values): fields = values
            case .parsed(let parsed): fields = parsed.fields()
            }
            // Drop the stored reference first so the array is uniquely referenced while it is changed.
            storage = .values([])
            defer { storage = .values(fields) }
            yield &fields
        }
    }

    /// The number of fields (without building them).
    public var fieldCount: Int {
        switch storage {
        case .values(let fields): fields.count
        case .parsed(let parsed): parsed.count
        }
    }

    /// The number of subfields in all data fields (without building them).
    public var subfieldCount: Int {
        switch storage {
        case .values(let fields): fields.reduce(0) { $0 + $1.subfields.count }
        case .parsed(let parsed): parsed.subfieldCount
        }
    }

    /// All fields with the given tag.
    public func fields(_ tag: String) -> [Field] {
        switch storage {
        case .values(let fields): fields.filter { $0.tag == tag }
        case .parsed(let parsed): parsed.fields(tag: tag)
        }
    }

    /// The first field with the given tag.
    public subscript(tag: String) -> Field? {
        switch storage {
        case .values(let fields): fields.first { $0.tag == tag }
        case .parsed(let parsed): parsed.first(tag: tag)
        }
    }

    /// The value of the first control field with the given tag (001, 003, 005, 008).
    public func controlValue(_ tag: String) -> String? {
        switch storage {
        case .values: self[tag]?.value
        case .parsed(let parsed): parsed.controlValue(tag: tag)
        }
    }
}

extension Record: Hashable {
    public static func == (lhs: Record, rhs: Record) -> Bool {
        lhs.leader == rhs.leader && lhs.fieldCount == rhs.fieldCount && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(leader)
        hasher.combine(fields)
    }
}
