import Foundation
import NIOCore
import NIOPosix

@testable import Z3950

/// A Z39.50 client on loopback built on the module's codec: sends APDUs, reads whole APDUs back.
final class Z3950TestClient {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var pending: [UInt8] = []

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

    /// Sends raw bytes.
    func write(_ bytes: [UInt8]) async throws {
        try await channel.outbound.write(ByteBuffer(bytes: bytes))
    }

    /// Sends `pdu` and returns the server's answer (nil when it hung up instead).
    func send(_ pdu: Z3950PDU) async throws -> Z3950PDU? {
        try await write(pdu.encoded)
        return try await receive()
    }

    /// The next APDU from the server; nil once the connection is closed.
    func receive() async throws -> Z3950PDU? {
        while true {
            if case .complete(let size) = try BERFrame.extent(of: pending) {
                let bytes = Array(pending.prefix(size))
                pending.removeFirst(size)
                return try Z3950PDU.decode(bytes)
            }
            guard let buffer = try await iterator.next() else { return nil }
            pending += Array(buffer.readableBytesView)
        }
    }

    /// Init with search, present, scan and named result sets.
    @discardableResult
    func initialize(messageSize: Int = 1_048_576) async throws -> Z3950InitializeResponse {
        let reply = try await send(
            .initRequest(
                Z3950InitializeRequest(
                    options: [.search, .present, .scan, .namedResultSets], preferredMessageSize: messageSize,
                    exceptionalRecordSize: messageSize, implementationName: "test")))
        guard case .initResponse(let response) = reply else {
            throw Z3950Error.protocolViolation("\(String(describing: reply))")
        }
        return response
    }

    /// A search of `root` into `name`.
    func search(
        _ root: RPNStructure, name: String = "default", database: String = "Default", piggyback: Int = 0,
        syntax: Z3950RecordSyntax? = nil
    ) async throws -> Z3950SearchResponse {
        let reply = try await send(
            .searchRequest(
                Z3950SearchRequest(
                    smallSetUpperBound: piggyback, resultSetName: name, databaseNames: [database],
                    preferredRecordSyntax: syntax?.oid, query: .rpn(RPNQuery(root: root)))))
        guard case .searchResponse(let response) = reply else {
            throw Z3950Error.protocolViolation("\(String(describing: reply))")
        }
        return response
    }

    /// Records `start ..< start + count` of a result set.
    func present(
        _ name: String = "default", start: Int = 1, count: Int = 1, syntax: Z3950RecordSyntax? = .usmarc,
        elementSet: String? = nil
    ) async throws -> Z3950PresentResponse {
        let reply = try await send(
            .presentRequest(
                Z3950PresentRequest(
                    resultSetId: name, resultSetStartPoint: start, numberOfRecordsRequested: count,
                    elementSetName: elementSet, preferredRecordSyntax: syntax?.oid)))
        guard case .presentResponse(let response) = reply else {
            throw Z3950Error.protocolViolation("\(String(describing: reply))")
        }
        return response
    }

    func close() async {
        channel.outbound.finish()
        try? await channel.channel.close()
    }
}

/// An operand with one Bib-1 use attribute and more attributes as (type, value).
func term(_ use: Int?, _ text: String, _ more: (Int, Int)...) -> RPNStructure {
    let attributes = (use.map { [(1, $0)] } ?? []) + more
    return .term(
        AttributesPlusTerm(
            attributes: attributes.map { Z3950Attribute(type: $0.0, value: $0.1) }, term: .general(text)))
}
