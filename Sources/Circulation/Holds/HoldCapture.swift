import Consortium
import PinakesCore

/// The copy caught for a hold at a check-in: which, where and when.
public struct HoldCapture: Sendable, Hashable, Codable {
    public var copy: CirculatingCopy
    public var library: Identifier<Library>
    public var at: Int64

    public init(copy: CirculatingCopy, library: Identifier<Library>, at: Int64) {
        self.copy = copy
        self.library = library
        self.at = at
    }
}
