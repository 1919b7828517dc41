/// What a reader is told about an interlibrary request.
public enum ILLNoticeKind: String, Sendable, Codable, CaseIterable {
    case sent
    case willSupply = "will-supply"
    case conditions
    case shipped
    case readyForPickup = "ready-for-pickup"
    case documentReady = "document-ready"
    case overdue
    case recalled
    case renewed
    case renewRefused = "renew-refused"
    case unfilled
    case cancelled
    case rejected
}
