import Consortium
import PinakesCore

/// A notice a transition asks to send; the service stores it with the change and the mailer sends it once.
public struct Notice: Sendable, Hashable, Codable {
    public var kind: NoticeKind
    public var reader: Identifier<Reader>
    public var copy: Identifier<CirculatingCopy>?
    /// The library the notice is about (the pickup library of a hold).
    public var library: Identifier<Library>?
    /// The instant the notice is about: the due date, or the last day on the hold shelf.
    public var deadline: Int64?
    /// When the transition asked for it.
    public var at: Int64

    public init(
        kind: NoticeKind, reader: Identifier<Reader>, copy: Identifier<CirculatingCopy>? = nil,
        library: Identifier<Library>? = nil, deadline: Int64? = nil, at: Int64
    ) {
        self.kind = kind
        self.reader = reader
        self.copy = copy
        self.library = library
        self.deadline = deadline
        self.at = at
    }
}
