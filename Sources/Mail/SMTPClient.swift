import Foundation
import NIOCore
import NIOPosix

/// Hands messages to an SMTP relay (RFC 5321): EHLO, optional AUTH PLAIN, then MAIL FROM / RCPT TO / DATA for
/// each message in one session, QUIT. A message the relay refuses is reported alone; the others still go.
public struct SMTPClient: Sendable {
    public let relay: SMTPRelay

    public init(relay: SMTPRelay) { self.relay = relay }

    /// Sends one message; throws `MailError` when the relay does not accept it.
    public func send(_ message: MailMessage, date: Date = Date()) async throws {
        if case .failure(let error) = try await send([message], date: date)[0] { throw error }
    }

    /// Sends every message in one session and tells, in order, which the relay accepted. Throws only when the
    /// session itself fails (relay unreachable, greeting or EHLO refused, conversation broken, timeout).
    public func send(_ messages: [MailMessage], date: Date = Date()) async throws -> [Result<Void, MailError>] {
        guard !messages.isEmpty else { return [] }
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(relay.timeoutSeconds))
                .connect(host: relay.host, port: relay.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw MailError.unreachable("\(relay.host):\(relay.port): \(error)")
        }
        let relay = self.relay
        return try await withThrowingTaskGroup(of: [Result<Void, MailError>]?.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var session = SMTPSession(
                        replies: inbound.makeAsyncIterator(), outbound: outbound, relay: relay)
                    return try await session.run(messages, date: date)
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(relay.timeoutSeconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let results = first else {
                channel.channel.close(promise: nil)
                throw MailError.unreachable("no answer from \(relay.host):\(relay.port) in \(relay.timeoutSeconds) s")
            }
            return results
        }
    }
}

/// One conversation with the relay.
struct SMTPSession {
    var replies: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let relay: SMTPRelay

    init(
        replies: NIOAsyncChannelInboundStream<String>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        relay: SMTPRelay
    ) {
        self.replies = replies
        self.outbound = outbound
        self.relay = relay
    }

    mutating func run(_ messages: [MailMessage], date: Date) async throws -> [Result<Void, MailError>] {
        try expect(await reply(), 220, stage: "the greeting")
        try expect(await command("EHLO \(relay.heloName)"), 250, stage: "EHLO")
        if let username = relay.username {
            let token = Data("\0\(username)\0\(relay.password ?? "")".utf8).base64EncodedString()
            try expect(await command("AUTH PLAIN \(token)"), 235, stage: "AUTH")
        }
        var results: [Result<Void, MailError>] = []
        for (index, message) in messages.enumerated() {
            do {
                try await deliver(message, date: date, number: index)
                results.append(.success(()))
            } catch let error as MailError {
                if case .refused = error {
                    results.append(.failure(error))
                    try expect(await command("RSET"), 250, stage: "RSET")
                } else {
                    throw error
                }
            }
        }
        _ = try? await command("QUIT")
        return results
    }

    private mutating func deliver(_ message: MailMessage, date: Date, number: Int) async throws {
        try expect(await command("MAIL FROM:<\(message.from.address)>"), 250, stage: "MAIL FROM")
        for recipient in message.to {
            try expect(await command("RCPT TO:<\(recipient.address)>"), 250, 251, stage: "RCPT TO \(recipient)")
        }
        try expect(await command("DATA"), 354, stage: "DATA")
        let id = "\(Int(date.timeIntervalSince1970)).\(number).\(UInt32.random(in: 0...UInt32.max))@\(relay.heloName)"
        try await outbound.write(ByteBuffer(string: message.rendered(date: date, messageID: id) + ".\r\n"))
        try expect(await reply(), 250, stage: "the message")
    }

    private mutating func command(_ line: String) async throws -> (code: Int, text: String) {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await reply()
    }

    /// One reply, which may span several lines (`250-…` continues, `250 …` ends).
    private mutating func reply() async throws -> (code: Int, text: String) {
        var text: [String] = []
        while true {
            guard let line = try await replies.next() else {
                throw MailError.protocolViolation("the relay closed the connection")
            }
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw MailError.protocolViolation("“\(line.prefix(80))” is not an SMTP reply")
            }
            text.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                return (code, text.joined(separator: " "))
            }
        }
    }

    private func expect(_ reply: (code: Int, text: String), _ wanted: Int..., stage: String) throws {
        guard wanted.contains(reply.code) else {
            throw MailError.refused(stage: stage, code: reply.code, text: reply.text)
        }
    }
}
