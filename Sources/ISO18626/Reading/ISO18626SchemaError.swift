/// The bundled v1.2 schema could not be loaded or compiled: a packaging fault found at start-up, not a protocol
/// error (those are `ISO18626Refusal`s).
public struct ISO18626SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }

    /// `ISO 18626 schema unavailable: …`.
    public var description: String { "ISO 18626 schema unavailable: \(reason)" }
}
