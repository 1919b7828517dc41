import Foundation
import NIOCore
import NIOPosix
import SIP2

/// A kiosk on loopback: sends requests through the SIP2 codec with sequence numbers and checksums, and
/// decodes each answer.
final class KioskClient {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var pending: [UInt8] = []
    private var sequence = 0
    private let codec = SIP2Codec()

    init(port: Int) async throws {
        channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        iterator = channel.inbound.makeAsyncIterator()
    }

    deinit { channel.outbound.finish() }

    /// Sends `request` and returns the decoded answer.
    func send(_ request: SIP2Request) async throws -> SIP2Response {
        sequence = (sequence + 1) % 10
        try await channel.outbound.write(
            ByteBuffer(bytes: codec.encode(request, sequenceNumber: sequence, checksum: true)))
        guard let line = try await line() else { throw SIP2Error.serviceFailed("the server closed the connection") }
        return try codec.decodeResponse(line.dropLast())
    }

    private func line() async throws -> [UInt8]? {
        while true {
            if let end = pending.firstIndex(of: 0x0D) {
                let line = Array(pending[...end])
                pending.removeSubrange(...end)
                return line
            }
            guard let buffer = try await iterator.next() else { return nil }
            pending += Array(buffer.readableBytesView)
        }
    }

    func close() async {
        channel.outbound.finish()
        try? await channel.channel.close()
    }
}
