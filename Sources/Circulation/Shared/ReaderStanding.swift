import PinakesCore

/// What a transition needs to know about the reader: who, which category, until when the card is valid and
/// which blocks are on it.
public struct ReaderStanding: Sendable, Hashable, Codable {
    public var reader: Identifier<Reader>
    public var category: ReaderCategory
    /// The last day the card is valid, on the wall calendar of the library serving the reader; nil never expires.
    public var cardValidThrough: LocalDate?
    public var blocks: [ReaderBlock]

    public init(
        reader: Identifier<Reader>, category: ReaderCategory, cardValidThrough: LocalDate? = nil,
        blocks: [ReaderBlock] = []
    ) {
        self.reader = reader
        self.category = category
        self.cardValidThrough = cardValidThrough
        self.blocks = blocks
    }

    /// Refuses a card that is blocked or expired on `date`; blocks are told first, they need staff.
    public func check(on date: LocalDate) throws(CirculationRefusal) {
        if let block = blocks.first { throw .cardBlocked(block) }
        if let validThrough = cardValidThrough, date > validThrough { throw .cardExpired(on: validThrough) }
    }
}
