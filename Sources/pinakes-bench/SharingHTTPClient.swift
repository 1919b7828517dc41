import Foundation
import Synchronization

/// A keep-alive HTTP/1.1 client on one blocking socket that GETs and POSTs JSON with a bearer token, or POSTs
/// ISO 18626 XML without one (peers authenticate in the message header). Each request is counted in `tally`.
final class SharingHTTPClient {
    private let socket: BlockingSocket
    private let token: String?
    private let tally: SharingRequestTally?

    init(port: Int, token: String?, tally: SharingRequestTally? = nil) throws {
        socket = try BlockingSocket(port: port)
        self.token = token
        self.tally = tally
    }

    /// A JSON API call that changes something (counted as an action).
    func act(_ path: String, json: String) throws -> (status: Int, body: String) {
        tally?.actions.add(1, ordering: .relaxed)
        return try send("POST", path, body: Array(json.utf8), type: "application/json")
    }

    /// A JSON API read while waiting for the other node (counted as a poll).
    func poll(_ path: String) throws -> (status: Int, body: String) {
        tally?.polls.add(1, ordering: .relaxed)
        return try send("GET", path, body: [], type: nil)
    }

    /// An ISO 18626 document POSTed to `/iso18626`.
    func postMessage(_ bytes: [UInt8]) throws -> (status: Int, body: String) {
        tally?.actions.add(1, ordering: .relaxed)
        return try send("POST", "/iso18626", body: bytes, type: "application/xml; charset=utf-8")
    }

    private func send(_ method: String, _ path: String, body: [UInt8], type: String?) throws
        -> (status: Int, body: String)
    {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let type { head += "Content-Type: \(type)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        try socket.write(Array(head.utf8) + body)
        let headers = String(decoding: try socket.read(until: Array("\r\n\r\n".utf8)), as: UTF8.self)
        let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
        var length = 0
        var chunked = false
        for line in headers.split(separator: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-length:") {
                length = Int(lower.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            } else if lower.hasPrefix("transfer-encoding:"), lower.contains("chunked") {
                chunked = true
            }
        }
        let bytes = chunked ? try readChunks() : try socket.read(count: length)
        return (status, String(decoding: bytes, as: UTF8.self))
    }

    /// A chunked body (RFC 9112 section 7.1), without trailers.
    private func readChunks() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let line = String(decoding: try socket.read(until: Array("\r\n".utf8)), as: UTF8.self)
            let size = Int(line.split(separator: ";")[0].trimmingCharacters(in: .whitespacesAndNewlines), radix: 16)
            guard let size else { throw BenchError("bad chunk size \(line.prefix(20))") }
            if size == 0 {
                _ = try socket.read(until: Array("\r\n".utf8))
                return bytes
            }
            bytes += try socket.read(count: size)
            _ = try socket.read(count: 2)
        }
    }
}

/// How many API calls the load threads made, by kind.
final class SharingRequestTally: Sendable {
    let actions = Atomic<Int>(0)
    let polls = Atomic<Int>(0)

    func reset() {
        actions.store(0, ordering: .relaxed)
        polls.store(0, ordering: .relaxed)
    }
}
