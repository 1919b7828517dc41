/// An accepted ISO 18626 document: the message and how it was read.
public struct ISO18626Document: Hashable, Sendable {
    /// The message.
    public var message: ISO18626Message
    /// The `ill:version` attribute as sent (`1.2` from v1.2 peers).
    public var version: String
    /// Whether the document only validated after canonicalisation from ISO 18626:2021 element order and names.
    public var acceptedAs2021: Bool
    /// What canonicalisation changed or dropped (2021-only elements), empty for a plain v1.2 document.
    public var notes: [String]

    /// Creates a document.
    public init(message: ISO18626Message, version: String, acceptedAs2021: Bool = false, notes: [String] = []) {
        self.message = message
        self.version = version
        self.acceptedAs2021 = acceptedAs2021
        self.notes = notes
    }
}
