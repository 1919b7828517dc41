/// A named set of libraries that shares rules (`rural`, `university`, `bookmobiles`).
public struct LibraryGroup: Sendable, Hashable, Codable {
    public var name: String
    /// Library codes, upper case.
    public var libraries: [String]
    /// Item types that float among the group's libraries: a copy of one of these types owned by a member stays
    /// wherever in the group it is returned. Nil or empty: the group only shares rules.
    public var floats: [ItemLoanType]?

    public init(name: String, libraries: [String], floats: [ItemLoanType]? = nil) {
        self.name = name
        self.libraries = libraries.map { $0.uppercased() }
        self.floats = floats
    }
}
