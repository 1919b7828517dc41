/// A named set of libraries that shares rules (`rural`, `university`, `bookmobiles`).
public struct LibraryGroup: Sendable, Hashable, Codable {
    public var name: String
    /// Library codes, upper case.
    public var libraries: [String]

    public init(name: String, libraries: [String]) {
        self.name = name
        self.libraries = libraries.map { $0.uppercased() }
    }
}
