import Foundation
import Sharing
import Synchronization

/// A `PeerTransport` that joins the sharing desks of several nodes inside one test process: a POST to an endpoint
/// is handed to the `receive` of the desk registered there (so real ISO 18626 documents go back and forth, with
/// no HTTP server), and a document link (`…/api/v1/documents/TOKEN`) is opened through that desk's
/// `openDocument`, as `GET /api/v1/documents/TOKEN` does. An endpoint nobody is registered at, or one taken off
/// the network, throws `SharingRefusal.peerUnreachable`, so the outbox's retries can be tested.
public final class LoopbackTransport: PeerTransport {
    /// One attempt to post a message: where to, what, and the confirmation (nil when the peer was unreachable).
    public struct Delivery: Sendable, Equatable {
        public var endpoint: String
        public var body: String
        public var answer: String?
    }

    private let desks = Mutex<[String: SharingDesk]>([:])
    private let offline = Mutex<Set<String>>([])
    private let log = Mutex<[Delivery]>([])

    public init() {}

    /// Makes `desk` answer what is posted to `endpoint` (its `/iso18626` URL) and the links under its base URL.
    public func register(_ desk: SharingDesk, at endpoint: String) {
        desks.withLock { $0[endpoint] = desk }
    }

    /// Takes the node at `endpoint` off the network (true) or back on it (false).
    public func setOffline(_ endpoint: String, _ isOffline: Bool) {
        offline.withLock { set in
            if isOffline { set.insert(endpoint) } else { set.remove(endpoint) }
        }
    }

    /// Every attempt to post, oldest first.
    public var deliveries: [Delivery] { log.withLock { $0 } }

    /// The attempts to post to one endpoint, oldest first.
    public func deliveries(to endpoint: String) -> [Delivery] {
        deliveries.filter { $0.endpoint == endpoint }
    }

    public func post(_ body: [UInt8], to endpoint: String, token: String?) async throws -> [UInt8] {
        let text = String(decoding: body, as: UTF8.self)
        guard let desk = reachable(endpoint) else {
            log.withLock { $0.append(Delivery(endpoint: endpoint, body: text, answer: nil)) }
            throw SharingRefusal.peerUnreachable("\(endpoint): no node answers there")
        }
        // A bearer token would name a `peer` account on a real server; nodes here prove themselves with the
        // requestingAgencyAuthentication in the message instead.
        let answer = try await desk.receive(body, tokenAccount: nil)
        log.withLock { $0.append(Delivery(endpoint: endpoint, body: text, answer: answer)) }
        return Array(answer.utf8)
    }

    public func fetch(_ url: String, token: String?, maximumBytes: Int) async throws
        -> (bytes: [UInt8], contentType: String)
    {
        guard let marker = url.range(of: "/api/v1/documents/") else {
            throw SharingRefusal.peerUnreachable("\(url): the loopback serves only document links")
        }
        let base = String(url[..<marker.lowerBound])
        let documentToken = String(url[marker.upperBound...])
        guard let desk = reachable(base + "/iso18626") else {
            throw SharingRefusal.peerUnreachable("\(url): no node answers there")
        }
        switch try await desk.openDocument(token: documentToken, who: "peer") {
        case .file(let bytes, let contentType, _):
            guard bytes.count <= maximumBytes else {
                throw SharingRefusal.peerUnreachable("\(url) sent \(bytes.count) bytes, more than \(maximumBytes)")
            }
            return (bytes, contentType)
        case .expired, .usedUp:
            throw SharingRefusal.peerUnreachable("\(url) answered HTTP 410")
        case .unknown:
            throw SharingRefusal.peerUnreachable("\(url) answered HTTP 404")
        }
    }

    private func reachable(_ endpoint: String) -> SharingDesk? {
        guard !offline.withLock({ $0.contains(endpoint) }) else { return nil }
        return desks.withLock { $0[endpoint] }
    }
}
