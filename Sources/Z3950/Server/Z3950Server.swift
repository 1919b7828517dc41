import Logging
import NIOCore
import NIOPosix
import ProtocolListener
import ServiceLifecycle

/// The Z39.50 TCP server: one association per connection, each with its own `Z3950Session`, all answered
/// by the shared `Z3950Responder`.
///
/// Run it in a `ServiceGroup` (graceful shutdown stops accepting and closes connections) or call `run()` in
/// a task and cancel it.
public final class Z3950Server: Service, Sendable {
    private let responder: Z3950Responder
    private let listener: ProtocolListener<Z3950FrameDecoder>
    private let logger: Logger
    private let onListening: @Sendable (Int) -> Void

    /// A server on `host:port` (port 0 picks a free port, reported to `onListening`).
    public init(
        host: String, port: Int, responder: Z3950Responder,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "pinakes.z3950"), onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        let configuration = responder.configuration
        let idleClose = Z3950PDU.close(Z3950Close(reason: .lackOfActivity, diagnosticInformation: "idle time-out"))
        self.responder = responder
        self.listener = ProtocolListener(
            name: "Z39.50", host: host, port: port, backlog: 512, idleTimeout: configuration.idleTimeout,
            idleFarewell: idleClose.encoded, connectionLimit: configuration.maximumConnections,
            eventLoopGroup: eventLoopGroup, logger: logger
        ) { Z3950FrameDecoder(maxLength: configuration.maximumMessageSize) }
        self.logger = logger
        self.onListening = onListening
    }

    private var configuration: Z3950Configuration { responder.configuration }

    /// Binds, then serves connections until graceful shutdown or cancellation.
    public func run() async throws {
        try await listener.run(onListening: onListening) { connection in await self.serve(connection) }
    }

    private func serve(_ connection: ProtocolListener<Z3950FrameDecoder>.Connection) async {
        var session = Z3950Session(maximumMessageSize: configuration.maximumMessageSize)
        do {
            try await listener.exchange(on: connection) { refusal in
                let reason: Z3950Close.Reason = refusal == .full ? .resources : .shutdown
                return Z3950PDU.close(Z3950Close(reason: reason, diagnosticInformation: "too many connections"))
                    .encoded
            } answer: { frame in
                let (reply, kind) = await answer(frame, session: &session)
                return ListenerAnswer(replies: reply.pdus.map(\.encoded), closes: reply.closes, kind: kind)
            }
        } catch {
            logger.debug("Z39.50 connection ended", metadata: ["error": "\(error)"])
        }
    }

    /// The answer to one frame, and what the frame was (the APDU's name, or `invalid`).
    private func answer(_ frame: Z3950InboundFrame, session: inout Z3950Session) async
        -> (Z3950Responder.Reply, String)
    {
        switch frame {
        case .invalid(let reason):
            logger.info("Z39.50 stream refused", metadata: ["reason": "\(reason)"])
            return (Z3950Responder.abort(reason), "invalid")
        case .apdu(let bytes):
            if session.phase == .open, bytes.count > session.messageSize {
                return (Z3950Responder.abort("APDU of \(bytes.count) bytes exceeds \(session.messageSize)"), "invalid")
            }
            let pdu: Z3950PDU
            do {
                pdu = try Z3950PDU.decode(bytes)
            } catch {
                logger.info("Z39.50 malformed APDU", metadata: ["error": "\(error)"])
                return (Z3950Responder.abort("malformed APDU: \(error)"), "invalid")
            }
            return (await responder.respond(to: pdu, session: &session), pdu.name)
        }
    }
}
