import ISO18626
import Metrics

/// ISO 18626 traffic, for `/metrics`: `pinakes_iso18626_messages_received_total{kind,outcome}` (outcome
/// accepted, duplicate, refused or unreadable) and `pinakes_iso18626_messages_sent_total{kind,outcome}`
/// (sent, refused by the peer, retry later, failed after the last retry).
enum ISO18626Metrics {
    static let receivedMetric = "pinakes_iso18626_messages_received_total"
    static let sentMetric = "pinakes_iso18626_messages_sent_total"

    /// One incoming message of `kind` (nil when it could not be read far enough to tell) ended as `outcome`.
    static func received(_ kind: ISO18626MessageKind?, _ outcome: String) {
        Counter(label: receivedMetric, dimensions: [("kind", kind?.rawValue ?? "unknown"), ("outcome", outcome)])
            .increment()
    }

    /// One delivery attempt of an outgoing message of `kind` ended as `outcome`.
    static func sent(_ kind: String, _ outcome: String) {
        Counter(label: sentMetric, dimensions: [("kind", kind), ("outcome", outcome)]).increment()
    }
}
