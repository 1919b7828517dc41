import Metrics

/// What the SIP2 and Z39.50 listeners count, for `/metrics` (label `protocol`: `sip2`, `z3950`):
/// `pinakes_protocol_connections_total{protocol,outcome}` (accepted, refused_full, refused_shutdown),
/// `pinakes_protocol_connections_open{protocol}`, `pinakes_protocol_messages_total{protocol,kind}` (the message
/// the client sent: a SIP2 command or a Z39.50 APDU by name; `invalid` for what could not be read) and
/// `pinakes_protocol_message_duration_seconds{protocol}` (from a message read to its answer written).
struct ProtocolMetrics: Sendable {
    static let connections = "pinakes_protocol_connections_total"
    static let open = "pinakes_protocol_connections_open"
    static let messages = "pinakes_protocol_messages_total"
    static let duration = "pinakes_protocol_message_duration_seconds"

    let protocolLabel: String
    private let openConnections: Meter
    private let answerTime: Timer

    /// Metrics for the protocol called `name` in logs: "SIP2" is counted as `sip2`, "Z39.50" as `z3950`.
    init(name: String) {
        protocolLabel = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        openConnections = Meter(label: Self.open, dimensions: [("protocol", protocolLabel)])
        answerTime = Timer(label: Self.duration, dimensions: [("protocol", protocolLabel)])
    }

    func accepted() {
        connection("accepted")
        openConnections.increment()
    }

    func refused(_ refusal: ConnectionRegistry.Refusal) {
        connection(refusal == .full ? "refused_full" : "refused_shutdown")
    }

    func closed() { openConnections.decrement() }

    func answered(_ kind: String, after duration: Duration) {
        Counter(label: Self.messages, dimensions: [("protocol", protocolLabel), ("kind", kind)]).increment()
        answerTime.recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    private func connection(_ outcome: String) {
        Counter(label: Self.connections, dimensions: [("protocol", protocolLabel), ("outcome", outcome)]).increment()
    }
}
