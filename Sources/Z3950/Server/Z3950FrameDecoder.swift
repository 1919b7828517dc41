import NIOCore

/// Cuts the TCP stream into APDUs: one complete BER element each (X.690 8.1.3), no larger than `maxLength`.
/// After a stream error everything that follows is dropped; the server answers Close and hangs up.
public struct Z3950FrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = Z3950InboundFrame

    /// Largest APDU accepted, in bytes.
    public let maxLength: Int
    private var failed = false

    public init(maxLength: Int) {
        self.maxLength = maxLength
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if failed {
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            return .needMoreData
        }
        // Every APDU is a constructed, context-specific element (Z39.50-2003 Appendix 1, PDU): anything else
        // is not Z39.50, and waiting for its announced length would only hold the connection.
        if let first = buffer.readableBytesView.first, first & 0xE0 != 0xA0 {
            return fail(context, "first octet \(first) does not start an APDU", buffer: &buffer)
        }
        let extent: BERFrame.Extent
        do {
            extent = try BERFrame.extent(of: buffer.readableBytesView)
        } catch {
            return fail(context, "\(error)", buffer: &buffer)
        }
        switch extent {
        case .complete(let size):
            guard size <= maxLength else { return fail(context, "APDU of \(size) bytes", buffer: &buffer) }
            let bytes = buffer.readBytes(length: size) ?? []
            context.fireChannelRead(wrapInboundOut(.apdu(bytes)))
            return .continue
        case .incomplete(let needed):
            if needed > maxLength { return fail(context, "APDU of \(needed) bytes or more", buffer: &buffer) }
            return .needMoreData
        }
    }

    private mutating func fail(_ context: ChannelHandlerContext, _ reason: String, buffer: inout ByteBuffer)
        -> DecodingState
    {
        failed = true
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        context.fireChannelRead(wrapInboundOut(.invalid("\(reason); the limit is \(maxLength) bytes")))
        return .needMoreData
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)  // a partial APDU at EOF is dropped
        return .needMoreData
    }
}
