import NIOCore

/// Closes a kiosk connection when `IdleStateHandler` reports no reads for the idle timeout.
final class SIP2IdleCloseHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = SIP2InboundLine

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
