import HTTPTypes

/// Errors that belong to HTTP itself (a missing token, a bad form); domain errors stay in their modules.
public enum WebError: Error, Sendable {
    case unauthenticated(String)
    case forbidden(String)
    case badRequest(String)
    case notFound(String)
    case csrf
}
