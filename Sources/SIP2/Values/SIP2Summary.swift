/// Which item list a patron information request (63) asks for: the 10-character summary field has at most
/// one `Y`, at the position of the list (SIP2 2.00).
public enum SIP2Summary: Int, Sendable, Equatable, CaseIterable {
    case holdItems = 0
    case overdueItems = 1
    case chargedItems = 2
    case fineItems = 3
    case recallItems = 4
    case unavailableHolds = 5

    /// Characters on the wire.
    public static let length = 10

    /// The list asked for; `nil` when no position holds `Y`. A kiosk that marks several gets the first.
    public init?(wire text: String) {
        guard let position = text.prefix(Self.length).firstIndex(where: { $0 == "Y" || $0 == "y" }),
            let summary = SIP2Summary(rawValue: text.distance(from: text.startIndex, to: position))
        else { return nil }
        self = summary
    }

    /// The 10 characters for an optional summary.
    public static func wire(_ summary: SIP2Summary?) -> String {
        String((0..<length).map { $0 == summary?.rawValue ? "Y" : " " })
    }
}
