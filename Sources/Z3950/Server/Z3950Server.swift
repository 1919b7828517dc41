import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The Z39.50 TCP server: one association per connection, each with its own `Z3950Session`, all answered
/// by the shared `Z3950Responder`.
///
/// Run it in a `ServiceGroup` (graceful shutdown stops accepting and closes connections) or call `run()` in
/// a task and cancel it.
public final class Z3950Server: Service, Sendable {
    private let host: String
    private let port: Int
    private let responder: Z3950Responder
    private let group: any EventLoopGroup
    private let logger: Logger
    private let onListening: @Sendable (Int) -> Void
    private let connections: Z3950ConnectionRegistry

    /// A server on `host:port` (port 0 picks a free port, reported to `onListening`).
    public init(
        host: String, port: Int, responder: Z3950Responder,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "pinakes.z3950"), onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        self.host = host
        self.port = port
        self.responder = responder
        self.group = eventLoopGroup
        self.logger = logger
        self.onListening = onListening
        self.connections = Z3950ConnectionRegistry(limit: responder.configuration.maximumConnections)
    }

    private var configuration: Z3950Configuration { responder.configuration }

    /// Binds, then serves connections until graceful shutdown or cancellation.
    public func run() async throws {
        let server = try await bind()
        let boundPort = server.channel.localAddress?.port ?? port
        logger.info("Z39.50 listening", metadata: ["host": "\(host)", "port": "\(boundPort)"])
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

    private func bind() async throws -> NIOAsyncChannel<NIOAsyncChannel<Z3950InboundFrame, ByteBuffer>, Never> {
        let maxLength = configuration.maximumMessageSize
        let idle = TimeAmount.milliseconds(
            configuration.idleTimeout.components.seconds * 1000
                + configuration.idleTimeout.components.attoseconds / 1_000_000_000_000_000)
        return try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(readTimeout: idle))
                    try pipeline.addHandler(ByteToMessageHandler(Z3950FrameDecoder(maxLength: maxLength)))
                    try pipeline.addHandler(Z3950IdleCloseHandler())
                    return try NIOAsyncChannel<Z3950InboundFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    private func serve(_ connection: NIOAsyncChannel<Z3950InboundFrame, ByteBuffer>) async {
        let channel = connection.channel
        if let refusal = connections.register(channel) {
            let reason: Z3950Close.Reason = refusal == .full ? .resources : .shutdown
            let close = Z3950PDU.close(Z3950Close(reason: reason, diagnosticInformation: "too many connections"))
            try? await connection.executeThenClose { _, outbound in
                try await outbound.write(ByteBuffer(bytes: close.encoded))
            }
            return
        }
        defer { connections.remove(channel) }
        var session = Z3950Session(maximumMessageSize: configuration.maximumMessageSize)
        do {
            try await connection.executeThenClose { inbound, outbound in
                for try await frame in inbound {
                    _ = connections.setBusy(channel, true)
                    let reply = await answer(frame, session: &session)
                    for pdu in reply.pdus { try await outbound.write(ByteBuffer(bytes: pdu.encoded)) }
                    if reply.closes || connections.setBusy(channel, false) { break }
                }
            }
        } catch {
            logger.debug("Z39.50 connection ended", metadata: ["error": "\(error)"])
        }
    }

    private func answer(_ frame: Z3950InboundFrame, session: inout Z3950Session) async -> Z3950Responder.Reply {
        switch frame {
        case .invalid(let reason):
            logger.info("Z39.50 stream refused", metadata: ["reason": "\(reason)"])
            return Z3950Responder.abort(reason)
        case .apdu(let bytes):
            if session.phase == .open, bytes.count > session.messageSize {
                return Z3950Responder.abort("APDU of \(bytes.count) bytes exceeds \(session.messageSize)")
            }
            do {
                return await responder.respond(to: try Z3950PDU.decode(bytes), session: &session)
            } catch {
                logger.info("Z39.50 malformed APDU", metadata: ["error": "\(error)"])
                return Z3950Responder.abort("malformed APDU: \(error)")
            }
        }
    }
}
