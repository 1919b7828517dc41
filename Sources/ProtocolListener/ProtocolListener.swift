import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The TCP side shared by the SIP2 and Z39.50 servers: binds, cuts each connection's byte stream into messages
/// with the protocol's decoder, hangs up idle connections, keeps connections under a limit, and on graceful
/// shutdown or cancellation stops accepting, closes idle connections and lets busy ones send their answer.
public struct ProtocolListener<Decoder: ByteToMessageDecoder>: Sendable where Decoder.InboundOut: Sendable {
    public typealias Inbound = Decoder.InboundOut
    public typealias Connection = NIOAsyncChannel<Inbound, ByteBuffer>

    /// How the protocol is named in log lines ("SIP2", "Z39.50").
    public let name: String
    public let host: String
    public let port: Int
    public let backlog: Int32
    public let idleTimeout: Duration
    /// Sent before an idle connection is closed, when the protocol has such a message.
    public let idleFarewell: [UInt8]?
    public let connections: ConnectionRegistry
    private let metrics: ProtocolMetrics
    private let makeDecoder: @Sendable () -> Decoder
    private let group: any EventLoopGroup
    private let logger: Logger

    public init(
        name: String, host: String, port: Int, backlog: Int32, idleTimeout: Duration, idleFarewell: [UInt8]? = nil,
        connectionLimit: Int = .max, eventLoopGroup: any EventLoopGroup, logger: Logger,
        decoder: @escaping @Sendable () -> Decoder
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.backlog = backlog
        self.idleTimeout = idleTimeout
        self.idleFarewell = idleFarewell
        self.connections = ConnectionRegistry(limit: connectionLimit)
        self.metrics = ProtocolMetrics(name: name)
        self.makeDecoder = decoder
        self.group = eventLoopGroup
        self.logger = logger
    }

    /// Binds, reports the bound port (the real one when `port` is 0), then hands each accepted connection to
    /// `serve` in a task of its own until graceful shutdown or cancellation.
    public func run(
        onListening: @Sendable (Int) -> Void, serve: @escaping @Sendable (Connection) async -> Void
    ) async throws {
        let server = try await bind()
        let boundPort = server.channel.localAddress?.port ?? port
        logger.info("\(name) listening", metadata: ["host": "\(host)", "port": "\(boundPort)"])
        onListening(boundPort)
        let stop: @Sendable () -> Void = { [connections] in
            server.channel.close(promise: nil)
            connections.closeAll()
        }
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await withThrowingDiscardingTaskGroup { group in
                    try await server.executeThenClose { inbound in
                        for try await connection in inbound {
                            group.addTask { await serve(connection) }
                        }
                    }
                }
            } onGracefulShutdown: {
                stop()
            }
        } onCancel: {
            stop()
        }
    }

    /// Serves one connection: registers it (a refused one gets `refused`'s bytes, if any, and is closed), then
    /// answers its messages one at a time until the client hangs up, an answer closes, or shutdown begins.
    public func exchange(
        on connection: Connection, refused: (ConnectionRegistry.Refusal) -> [UInt8]?,
        answer: (Inbound) async -> ListenerAnswer
    ) async throws {
        let channel = connection.channel
        if let refusal = connections.register(channel) {
            metrics.refused(refusal)
            let farewell = refused(refusal)
            try await connection.executeThenClose { _, outbound in
                if let farewell { try await outbound.write(ByteBuffer(bytes: farewell)) }
            }
            return
        }
        metrics.accepted()
        defer {
            connections.remove(channel)
            metrics.closed()
        }
        try await connection.executeThenClose { inbound, outbound in
            for try await message in inbound {
                _ = connections.setBusy(channel, true)
                let read = ContinuousClock.now
                let reply = await answer(message)
                for bytes in reply.replies { try await outbound.write(ByteBuffer(bytes: bytes)) }
                metrics.answered(reply.kind, after: ContinuousClock.now - read)
                if reply.closes || connections.setBusy(channel, false) { break }
            }
        }
    }

    private func bind() async throws -> NIOAsyncChannel<Connection, Never> {
        let idle = TimeAmount.milliseconds(
            idleTimeout.components.seconds * 1000 + idleTimeout.components.attoseconds / 1_000_000_000_000_000)
        let makeDecoder = self.makeDecoder
        let farewell = idleFarewell
        return try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: backlog)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(readTimeout: idle))
                    try pipeline.addHandler(ByteToMessageHandler(makeDecoder()))
                    try pipeline.addHandler(IdleCloseHandler<Inbound>(farewell: farewell))
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
    }
}
