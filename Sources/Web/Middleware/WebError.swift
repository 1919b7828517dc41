import HTTPTypes

/// Errors that belong to HTTP itself (a missing token, a bad form); domain errors stay in their modules.
public enum WebError: Error, Sendable {
    case unauthenticated(String)
    case forbidden(String)
    case badRequest(String)
    /// A query parameter (or body member) that is missing or malformed: its name, and what is wrong.
    case invalidParameter(String, String)
    case notFound(String)
    case csrf
}
