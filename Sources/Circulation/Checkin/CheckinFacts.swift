import Consortium
import PinakesCore

/// What the check-in decision weighs: the copy, where it was handed in, who is waiting, and the floating groups.
public struct CheckinFacts: Sendable, Hashable {
    public var copy: CirculatingCopy
    public var library: Identifier<Library>
    public var waitingHolds: [WaitingHold]
    public var floatingGroups: [FloatingGroup]

    public init(
        copy: CirculatingCopy, library: Identifier<Library>, waitingHolds: [WaitingHold] = [],
        floatingGroups: [FloatingGroup] = []
    ) {
        self.copy = copy
        self.library = library
        self.waitingHolds = waitingHolds
        self.floatingGroups = floatingGroups
    }
}
