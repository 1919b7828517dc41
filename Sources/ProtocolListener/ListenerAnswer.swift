/// What a protocol server sends back for one inbound message.
public struct ListenerAnswer: Sendable {
    /// The messages to write, in order (none: the message needs no reply).
    public var replies: [[UInt8]]
    /// Whether the connection ends once they are written.
    public var closes: Bool

    public init(replies: [[UInt8]], closes: Bool = false) {
        self.replies = replies
        self.closes = closes
    }
}
