/// What a protocol server sends back for one inbound message.
public struct ListenerAnswer: Sendable {
    /// The messages to write, in order (none: the message needs no reply).
    public var replies: [[UInt8]]
    /// Whether the connection ends once they are written.
    public var closes: Bool
    /// What the client's message was, as counted in `pinakes_protocol_messages_total{kind}`.
    public var kind: String

    public init(replies: [[UInt8]], closes: Bool = false, kind: String) {
        self.replies = replies
        self.closes = closes
        self.kind = kind
    }
}
