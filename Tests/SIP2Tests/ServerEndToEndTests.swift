import Foundation
import NIOCore
import NIOPosix
import SIP2
import Testing

/// A raw TCP client on loopback: writes bytes, reads until a carriage return.
private final class RawClient {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var pending: [UInt8] = []

    init(port: Int) async throws {
        channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        iterator = channel.inbound.makeAsyncIterator()
    }

    func send(_ text: String) async throws { try await send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) async throws {
        try await channel.outbound.write(ByteBuffer(bytes: bytes))
    }

    /// The next line the server sent, with its carriage return; `nil` when the server closed.
    func line() async throws -> String? {
        while true {
            if let end = pending.firstIndex(of: 0x0D) {
                let line = Array(pending[...end])
                pending.removeSubrange(...end)
                return String(decoding: line, as: UTF8.self)
            }
            guard let buffer = try await iterator.next() else { return nil }
            pending += Array(buffer.readableBytesView)
        }
    }

    deinit {
        channel.outbound.finish()  // also when a test stops early; NIO traps on an unfinished writer
    }

    /// Finishes the writer (NIO requires it) and closes; closing twice is harmless.
    func close() async throws {
        channel.outbound.finish()
        try? await channel.channel.close()
    }
}

@Suite struct ServerSpeaksSIP2OverTCP {
    /// Starts the server on a free loopback port, runs `body`, then cancels the server.
    private func withServer(
        idleTimeout: Duration = .seconds(30), _ body: (Int, ProtocolTestService) async throws -> Void
    ) async throws {
        let service = ProtocolTestService()
        var configuration = SIP2Fixtures.configuration()
        configuration.idleTimeout = idleTimeout
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = SIP2Server(
            host: "127.0.0.1", port: 0, service: service, configuration: configuration,
            onListening: { continuation.yield($0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                Issue.record("server did not start")
                return
            }
            try await body(port, service)
            group.cancelAll()
        }
    }

    @Test func kioskSessionOverRawTCP() async throws {
        try await withServer { port, service in
            let client = try await RawClient(port: port)
            try await client.send("9300CNkiosk|COsecret|CPGUSU|AY0AZ\(checksum("9300CNkiosk|COsecret|CPGUSU|AY0AZ"))\r")
            let login = try #require(try await client.line())
            #expect(login == "941AY0AZFDFD\r")
            let checkout = "11NN20240305    143009                  AOSZLIB|AAP0001|ABB0001|AC|AY1AZ"
            try await client.send(checkout + checksum(checkout) + "\r\n")
            let answer = try #require(try await client.line())
            guard case .loan(let loan) = try SIP2Codec().decodeResponse(Array(answer.utf8)) else {
                Issue.record("expected 12, got \(answer)")
                return
            }
            #expect(loan.ok)
            #expect(loan.titleIdentifier == "红楼梦")
            #expect(service.changes.withLock { $0 } == ["checkout B0001 P0001"])
            try await client.close()
        }
    }

    @Test func malformedFramesNeverCloseTheConnection() async throws {
        try await withServer { port, service in
            let client = try await RawClient(port: port)
            try await client.send("9300CNkiosk|COsecret|\r")
            #expect(try await client.line() == "941\r")
            try await client.send("9900802.00AY1AZ0000\r")
            #expect(try await client.line() == "96AZFEF6\r")
            try await client.send([0xFF, 0xFE, 0x00, 0x0D])
            #expect(try await client.line() == "96\r")
            try await client.send("2300020240305    143009AAP0001|AC|\n")
            let refusal = try #require(try await client.line())
            #expect(refusal.contains("AFMissing required field AO in message 23.|"))
            try await client.send("17" + String(repeating: "x", count: 2000) + "\r")
            let long = try #require(try await client.line())
            #expect(long.hasPrefix("18"))
            #expect(long.contains("AFMessage longer than 512 bytes.|"))
            try await client.send("9900802.00\r")
            let status = try #require(try await client.line())
            #expect(status.hasPrefix("98YYYY"))
            #expect(service.changes.withLock { $0 }.isEmpty)
            try await client.close()
        }
    }

    @Test func manyKiosksAtOnce() async throws {
        try await withServer { port, _ in
            try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let client = try await RawClient(port: port)
                        try await client.send("9900802.00\r")
                        let line = try await client.line()
                        try await client.close()
                        return line
                    }
                }
                for try await line in group {
                    #expect(line?.hasPrefix("98") == true)
                }
            }
        }
    }

    @Test func idleConnectionIsClosed() async throws {
        try await withServer(idleTimeout: .seconds(1)) { port, _ in
            let client = try await RawClient(port: port)
            let started = ContinuousClock.now
            #expect(try await client.line() == nil)
            #expect(ContinuousClock.now - started < .seconds(10))
            try await client.close()
        }
    }

    private func checksum(_ text: String) -> String {
        SIP2Checksum.hex(SIP2Checksum.compute(Array(text.utf8)))
    }
}
