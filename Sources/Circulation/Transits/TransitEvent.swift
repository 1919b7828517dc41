import Consortium
import PinakesCore

/// What can happen to a transit.
public enum TransitEvent: Sendable, Hashable {
    case open(TransitRequest)
    /// The copy was checked in at `library`.
    case receive(library: Identifier<Library>, at: Int64)
    /// Staff call the transit off (the copy never left, or was found on the wrong truck).
    case cancel(at: Int64)
}
