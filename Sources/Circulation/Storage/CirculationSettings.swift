import Foundation

/// Consortium-wide circulation settings that are not per-rule: when fines block a card, how long cards are
/// valid, when notices go out, how long the targeter stays local, and privacy.
public struct CirculationSettings: Sendable, Hashable, Codable {
    /// Owing more than this blocks borrowing, renewing and holds.
    public var fineLimitCents: Int
    /// What a reader is charged for a copy declared lost (on top of the overdue fine to that day).
    public var lostItemChargeCents: Int
    /// How long a new or renewed card is valid.
    public var cardValidityDays: Int
    /// How long before the due date the due-soon notice goes out.
    public var dueSoonWindowSeconds: Int64
    /// How long after placing a hold the targeter only looks at copies of the pickup library (0: never).
    public var stallSeconds: Int64
    /// How long a returned loan keeps its reader when the reader did not opt in to a loan history.
    public var anonymiseAfterSeconds: Int64
    /// Printed in front of numbers of cards Pinakes issues.
    public var cardPrefix: String
    /// The zone of the consortium's wall clocks when a library has no calendar of its own.
    public var timeZone: TimeZone

    public init(
        fineLimitCents: Int = 1_000, lostItemChargeCents: Int = 5_000, cardValidityDays: Int = 3 * 365,
        dueSoonWindowSeconds: Int64 = 2 * 86_400, stallSeconds: Int64 = 0, anonymiseAfterSeconds: Int64 = 30 * 86_400,
        cardPrefix: String = "D", timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    ) {
        self.fineLimitCents = fineLimitCents
        self.lostItemChargeCents = lostItemChargeCents
        self.cardValidityDays = cardValidityDays
        self.dueSoonWindowSeconds = dueSoonWindowSeconds
        self.stallSeconds = stallSeconds
        self.anonymiseAfterSeconds = anonymiseAfterSeconds
        self.cardPrefix = cardPrefix
        self.timeZone = timeZone
    }
}
