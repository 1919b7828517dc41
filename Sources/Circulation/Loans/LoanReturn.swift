import Consortium
import PinakesCore

/// Where and when a loan ended.
public struct LoanReturn: Sendable, Hashable, Codable {
    public var at: Int64
    public var library: Identifier<Library>

    public init(at: Int64, library: Identifier<Library>) {
        self.at = at
        self.library = library
    }
}
