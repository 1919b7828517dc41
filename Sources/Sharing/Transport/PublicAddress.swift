import Synchronization

/// This server's own base URL (`http://host:port`), learnt when the HTTP server starts listening; links in
/// messages (the ISO 18626 endpoint, document links) use it when the settings name none.
public final class PublicAddress: Sendable {
    private let value: Mutex<String?>

    public init(_ base: String? = nil) { value = Mutex(base) }

    /// The base URL, without a trailing slash.
    public var base: String? { value.withLock { $0 } }

    /// Sets the base URL (a trailing slash is dropped).
    public func set(_ base: String) {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        value.withLock { $0 = trimmed }
    }
}
