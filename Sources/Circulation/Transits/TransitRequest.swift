import Consortium
import PinakesCore

/// A transit to open: which copy, from where, to where, why. For a hold, `hold` names it; a request made by the
/// hold machine leaves it nil, meaning the hold whose transition produced it (the service knows its id).
public struct TransitRequest: Sendable, Hashable, Codable {
    public var copy: Identifier<CirculatingCopy>
    public var from: Identifier<Library>
    public var to: Identifier<Library>
    public var reason: TransitReason
    public var hold: Identifier<Hold>?
    public var at: Int64

    public init(
        copy: Identifier<CirculatingCopy>, from: Identifier<Library>, to: Identifier<Library>, reason: TransitReason,
        hold: Identifier<Hold>? = nil, at: Int64
    ) {
        self.copy = copy
        self.from = from
        self.to = to
        self.reason = reason
        self.hold = hold
        self.at = at
    }
}
