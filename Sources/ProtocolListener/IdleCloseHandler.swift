import NIOCore

/// Hangs up when `IdleStateHandler` reports no reads for the idle time-out, after sending the protocol's
/// farewell when it has one (Z39.50's Close for lack of activity; SIP2 has none).
final class IdleCloseHandler<Inbound>: ChannelInboundHandler, Sendable {
    typealias InboundIn = Inbound
    typealias OutboundOut = ByteBuffer

    private let farewell: [UInt8]?

    init(farewell: [UInt8]?) {
        self.farewell = farewell
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is IdleStateHandler.IdleStateEvent else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        guard let farewell else {
            context.close(promise: nil)
            return
        }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: farewell))).whenComplete { _ in
            bound.value.close(promise: nil)
        }
    }
}
