import Consortium
import PinakesCore

/// Libraries among which a copy stays wherever it is returned instead of travelling home (a floating
/// collection), named so copies can point at it.
public struct FloatingGroup: Sendable, Hashable, Codable {
    public var name: String
    public var libraries: Set<Identifier<Library>>

    public init(name: String, libraries: Set<Identifier<Library>>) {
        self.name = name
        self.libraries = libraries
    }
}
