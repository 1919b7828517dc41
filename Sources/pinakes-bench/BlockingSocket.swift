import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP connection on loopback with blocking reads and writes, one per load thread: the load generator must
/// not share Swift's cooperative threads with the server it measures.
final class BlockingSocket {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchError("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw BenchError("cannot connect to 127.0.0.1:\(port)")
        }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(descriptor) }

    func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw BenchError("send failed") }
            sent += count
        }
    }

    /// Reads until `delimiter` has arrived; returns everything up to and including it.
    func read(until delimiter: [UInt8]) throws -> [UInt8] {
        while true {
            if let end = find(delimiter) {
                let line = Array(buffer[..<end])
                buffer.removeFirst(end)
                return line
            }
            try fill()
        }
    }

    /// Reads exactly `count` bytes.
    func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw BenchError("connection closed") }
        buffer += chunk[..<count]
    }

    private func find(_ delimiter: [UInt8]) -> Int? {
        guard buffer.count >= delimiter.count else { return nil }
        for start in 0...(buffer.count - delimiter.count)
        where buffer[start] == delimiter[0] && Array(buffer[start..<start + delimiter.count]) == delimiter {
            return start + delimiter.count
        }
        return nil
    }
}

/// A benchmark that cannot go on, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A keep-alive HTTP/1.1 client on one blocking socket.
final class BlockingHTTPClient {
    private let socket: BlockingSocket
    private let token: String

    init(port: Int, token: String) throws {
        socket = try BlockingSocket(port: port)
        self.token = token
    }

    /// POSTs JSON; returns the status code and body.
    func post(_ path: String, json: String) throws -> (status: Int, body: String) {
        let body = Array(json.utf8)
        let head =
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(authorization)"
            + "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        return try exchange(Array(head.utf8) + body)
    }

    /// GETs `path` (with its query); returns the status code and body.
    func get(_ path: String) throws -> (status: Int, body: String) {
        try exchange(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(authorization)\r\n".utf8))
    }

    /// The bearer token's header line; none for an empty token (an anonymous client).
    private var authorization: String { token.isEmpty ? "" : "Authorization: Bearer \(token)\r\n" }

    /// Sends one request and reads its answer, whose body has a Content-Length.
    private func exchange(_ request: [UInt8]) throws -> (status: Int, body: String) {
        try socket.write(request)
        let headers = String(decoding: try socket.read(until: Array("\r\n\r\n".utf8)), as: UTF8.self)
        let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
        var length = 0
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
            length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return (status, String(decoding: try socket.read(count: length), as: UTF8.self))
    }
}
