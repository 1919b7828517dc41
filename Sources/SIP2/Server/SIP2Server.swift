import Logging
import NIOCore
import NIOPosix
import ProtocolListener
import ServiceLifecycle

/// The SIP2 TCP server: one connection per kiosk, many at once, each running its own
/// `SIP2ConnectionState` and calling the shared `SIP2Service`.
///
/// Run it in a `ServiceGroup` (graceful shutdown stops accepting, closes idle connections and lets busy ones
/// answer their current message) or call `run()` in a task and cancel it.
public final class SIP2Server: Service, Sendable {
    private let responder: SIP2Responder
    private let configuration: SIP2Configuration
    private let listener: ProtocolListener<SIP2LineFrameDecoder>
    private let logger: Logger
    private let onListening: @Sendable (Int) -> Void

    /// A server for `service` on `host:port` (port 0 picks a free port, reported to `onListening`).
    public init(
        host: String, port: Int, service: any SIP2Service, configuration: SIP2Configuration = SIP2Configuration(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "pinakes.sip2"), onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        self.responder = SIP2Responder(service: service, configuration: configuration)
        self.configuration = configuration
        self.listener = ProtocolListener(
            name: "SIP2", host: host, port: port, backlog: 256, idleTimeout: configuration.idleTimeout,
            eventLoopGroup: eventLoopGroup, logger: logger
        ) { SIP2LineFrameDecoder(maxLength: configuration.maxFrameLength) }
        self.logger = logger
        self.onListening = onListening
    }

    /// Binds, then serves connections until graceful shutdown or cancellation.
    public func run() async throws {
        try await listener.run(onListening: onListening) { connection in await self.serve(connection) }
    }

    private func serve(_ connection: ProtocolListener<SIP2LineFrameDecoder>.Connection) async {
        var state = SIP2ConnectionState(configuration: configuration)
        do {
            // Shutting down (SIP2 has no way to say so): the connection is closed without reading.
            try await listener.exchange(on: connection) { _ in
                nil
            } answer: { unit in
                ListenerAnswer(replies: await answer(unit, state: &state).map { [$0] } ?? [], kind: Self.kind(of: unit))
            }
        } catch {
            logger.debug("SIP2 connection ended", metadata: ["error": "\(error)"])
        }
    }

    /// What a line asks, for the metrics: its message's name (`checkout`, `login`…), or `invalid`.
    static func kind(of unit: SIP2InboundLine) -> String {
        guard case .line(let bytes) = unit, bytes.count >= 2,
            let code = SIP2MessageCode(rawValue: String(decoding: bytes.prefix(2), as: UTF8.self))
        else { return "invalid" }
        return "\(code)"
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
