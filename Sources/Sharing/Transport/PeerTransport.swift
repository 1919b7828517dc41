import Foundation

/// How ISO 18626 documents reach a peer: an HTTP POST of the message, answered by its confirmation.
public protocol PeerTransport: Sendable {
    /// Posts `body` to `endpoint` and returns the peer's answer (a confirmation document), or throws when the
    /// peer cannot be reached or does not answer with HTTP 200.
    func post(_ body: [UInt8], to endpoint: String, token: String?) async throws -> [UInt8]
    /// Fetches a document (a delivered copy) from `url`.
    func fetch(_ url: String, token: String?, maximumBytes: Int) async throws -> (bytes: [UInt8], contentType: String)
}
