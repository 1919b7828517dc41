/// A prefix assignment: `> name = "identifier"`, or `> "identifier"` for the default context set.
public struct CQLPrefixAssignment: Sendable, Hashable {
    /// The prefix name, or nil when the assignment sets the default context set.
    public var name: String?
    /// The context set's identifier (a URI).
    public var identifier: String

    /// Makes a prefix assignment.
    public init(name: String?, identifier: String) {
        self.name = name
        self.identifier = identifier
    }
}
