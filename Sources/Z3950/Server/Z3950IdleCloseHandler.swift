import NIOCore

/// Sends Close (lack of activity, Z39.50-2003 3.2.11.1.4) and hangs up when `IdleStateHandler` reports no
/// reads for the idle time-out.
final class Z3950IdleCloseHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = Z3950InboundFrame
    typealias OutboundOut = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is IdleStateHandler.IdleStateEvent else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        let close = Z3950PDU.close(Z3950Close(reason: .lackOfActivity, diagnosticInformation: "idle time-out"))
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: close.encoded))).whenComplete { _ in
            bound.value.close(promise: nil)
        }
    }
}
