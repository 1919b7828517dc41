import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The SIP2 TCP server: one connection per kiosk, many at once, each running its own
/// `SIP2ConnectionState` and calling the shared `SIP2Service`.
///
/// Run it in a `ServiceGroup` (graceful shutdown stops accepting, closes idle connections and lets busy ones
/// answer their current message) or call `run()` in a task and cancel it.
public final class SIP2Server: Service, Sendable {
    private let host: String
    private let port: Int
    private let responder: SIP2Responder
    private let configuration: SIP2Configuration
    private let group: any EventLoopGroup
    private let logger: Logger
    private let onListening: @Sendable (Int) -> Void
    private let connections = SIP2ConnectionRegistry()

    /// A server for `service` on `host:port` (port 0 picks a free port, reported to `onListening`).
    public init(
        host: String, port: Int, service: any SIP2Service, configuration: SIP2Configuration = SIP2Configuration(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "pinakes.sip2"), onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        self.host = host
        self.port = port
        self.responder = SIP2Responder(service: service, configuration: configuration)
        self.configuration = configuration
        self.group = eventLoopGroup
        self.logger = logger
        self.onListening = onListening
    }

    /// Binds, then serves connections until graceful shutdown or cancellation.
    public func run() async throws {
        let server = try await bind()
        let boundPort = server.channel.localAddress?.port ?? port
        logger.info("SIP2 listening", metadata: ["host": "\(host)", "port": "\(boundPort)"])
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
                            group.addTask { await self.serve(connection) }
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

    private func bind() async throws -> NIOAsyncChannel<NIOAsyncChannel<SIP2InboundLine, ByteBuffer>, Never> {
        let maxLength = configuration.maxFrameLength
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
        return try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(readTimeout: idle))
                    try pipeline.addHandler(ByteToMessageHandler(SIP2LineFrameDecoder(maxLength: maxLength)))
                    try pipeline.addHandler(SIP2IdleCloseHandler())
                    return try NIOAsyncChannel<SIP2InboundLine, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    private func serve(_ connection: NIOAsyncChannel<SIP2InboundLine, ByteBuffer>) async {
        let channel = connection.channel
        guard connections.register(channel) else {
            try? await connection.executeThenClose { _, _ in }  // shutting down: close without reading
            return
        }
        defer { connections.remove(channel) }
        var state = SIP2ConnectionState(configuration: configuration)
        do {
            try await connection.executeThenClose { inbound, outbound in
                for try await unit in inbound {
                    _ = connections.setBusy(channel, true)
                    if let bytes = await answer(unit, state: &state) {
                        try await outbound.write(ByteBuffer(bytes: bytes))
                    }
                    if connections.setBusy(channel, false) { break }
                }
            }
        } catch {
            logger.debug("SIP2 connection ended", metadata: ["error": "\(error)"])
        }
    }

    private func answer(_ unit: SIP2InboundLine, state: inout SIP2ConnectionState) async -> [UInt8]? {
        let action =
            switch unit {
            case .line(let bytes): state.received(line: bytes)
            case .oversized(let prefix): state.receivedOversized(prefix: prefix)
            }
        switch action {
        case .ignore: return nil
        case .send(let bytes): return bytes
        case .perform(let request):
            let response = await responder.respond(to: request, session: state.session)
            return state.performed(response)
        }
    }
}
