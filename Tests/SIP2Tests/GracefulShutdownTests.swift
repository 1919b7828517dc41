import Logging
import NIOCore
import NIOPosix
import SIP2
import ServiceLifecycle
import Testing

@Suite struct GracefulShutdownClosesKioskConnections {
    @Test func shutdownStopsAcceptingAndClosesIdleConnections() async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = SIP2Server(
            host: "127.0.0.1", port: 0, service: ProtocolTestService(), configuration: SIP2Fixtures.configuration(),
            onListening: { continuation.yield($0) })
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [server], logger: Logger(label: "sip2.test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
            try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: "9900802.00\r"))
                var received = ""
                var lines = inbound.makeAsyncIterator()
                while !received.hasSuffix("\r"), let buffer = try await lines.next() {
                    received += String(buffer: buffer)
                }
                #expect(received.hasPrefix("98"))
                await group.triggerGracefulShutdown()
                // The idle connection is closed by the server: the stream ends.
                while try await lines.next() != nil {}
            }
            try await tasks.next()  // the service group returns once the server has stopped
        }
    }
}
