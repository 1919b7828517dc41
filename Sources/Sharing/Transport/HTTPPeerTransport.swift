import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real transport: HTTP or HTTPS through Foundation's URL loading, with a timeout per message.
public struct HTTPPeerTransport: PeerTransport {
    /// Seconds to wait for a peer's confirmation.
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 20) { self.timeout = timeout }

    public func post(_ body: [UInt8], to endpoint: String, token: String?) async throws -> [UInt8] {
        guard let url = URL(string: endpoint), url.scheme == "http" || url.scheme == "https" else {
            throw SharingRefusal.peerUnreachable("\(endpoint) is not an http(s) URL")
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = Data(body)
        request.setValue("application/xml; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("application/xml", forHTTPHeaderField: "Accept")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await send(request, endpoint: endpoint)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            throw SharingRefusal.peerUnreachable("\(endpoint) answered HTTP \(status)")
        }
        return [UInt8](data)
    }

    public func fetch(_ url: String, token: String?, maximumBytes: Int) async throws
        -> (bytes: [UInt8], contentType: String)
    {
        guard let target = URL(string: url), target.scheme == "http" || target.scheme == "https" else {
            throw SharingRefusal.peerUnreachable("\(url) is not an http(s) URL")
        }
        var request = URLRequest(url: target, timeoutInterval: timeout * 3)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await send(request, endpoint: url)
        let http = response as? HTTPURLResponse
        guard http?.statusCode == 200 else {
            throw SharingRefusal.peerUnreachable("\(url) answered HTTP \(http?.statusCode ?? 0)")
        }
        guard data.count <= maximumBytes else {
            throw SharingRefusal.peerUnreachable("\(url) sent \(data.count) bytes, more than \(maximumBytes)")
        }
        let type = http?.value(forHTTPHeaderField: "Content-Type") ?? "application/octet-stream"
        return ([UInt8](data), type)
    }

    private func send(_ request: URLRequest, endpoint: String) async throws -> (Data, URLResponse) {
        do {
            return try await URLSession.shared.data(for: request)
        } catch {
            throw SharingRefusal.peerUnreachable("\(endpoint): \(error.localizedDescription)")
        }
    }
}
