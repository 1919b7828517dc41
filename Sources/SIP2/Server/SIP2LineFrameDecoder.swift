import NIOCore

/// Splits the byte stream into lines ended by CR, LF or CRLF (kiosks use all three), bounded in length.
public struct SIP2LineFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = SIP2InboundLine

    /// Longest line passed on whole, in bytes.
    public let maxLength: Int
    private var discarding = false

    public init(maxLength: Int) {
        self.maxLength = maxLength
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let end = view.firstIndex(where: { $0 == 0x0D || $0 == 0x0A }) else {
            if buffer.readableBytes > maxLength {
                if !discarding {
                    let prefix = buffer.getBytes(at: buffer.readerIndex, length: maxLength) ?? []
                    context.fireChannelRead(wrapInboundOut(.oversized(prefix: prefix)))
                    discarding = true
                }
                buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            }
            return .needMoreData
        }
        let length = end - view.startIndex
        let crlf = view[end] == 0x0D && end + 1 < view.endIndex && view[end + 1] == 0x0A
        let bytes = buffer.readBytes(length: length) ?? []
        buffer.moveReaderIndex(forwardBy: crlf ? 2 : 1)
        if discarding {
            discarding = false
        } else if length > maxLength {
            context.fireChannelRead(wrapInboundOut(.oversized(prefix: Array(bytes.prefix(maxLength)))))
        } else if !bytes.isEmpty {
            context.fireChannelRead(wrapInboundOut(.line(bytes)))
        }
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)  // an unterminated tail at EOF is dropped
        return .needMoreData
    }
}
