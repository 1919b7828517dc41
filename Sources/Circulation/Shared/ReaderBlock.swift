/// Why a card may not borrow, renew or ask for holds until staff lift the block.
public enum ReaderBlock: String, Sendable, Codable, CaseIterable {
    /// Unpaid fines above the consortium's limit.
    case fines
    /// The card was reported lost; a replacement card keeps the account.
    case lostCard = "lost-card"
    /// Set by staff, with a note kept on the account.
    case manual
}
