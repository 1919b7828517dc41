import Foundation

/// A patron's standing: valid card, correct PIN, blocks and money owed (patron status response, 24).
public struct SIP2PatronStanding: Sendable, Equatable {
    /// The card as the library knows it (echoed in AA).
    public var card: String
    /// BL: whether the card belongs to a patron in good standing enough to be known.
    public var valid: Bool
    /// AE personal name; empty for an unknown card.
    public var name: String
    /// CQ: whether the PIN was right; `nil` when none was given.
    public var passwordValid: Bool?
    /// The 14 patron status flags (blocks).
    public var status: SIP2PatronStatus = []
    public var language: SIP2Language = .unknown
    /// BH currency of `amountOwed`.
    public var currency: String?
    /// BV total owed.
    public var amountOwed: Decimal?
    public var screenMessage: [String] = []
    public var printLine: [String] = []

    public init(
        card: String, valid: Bool, name: String, passwordValid: Bool? = nil, status: SIP2PatronStatus = [],
        language: SIP2Language = .unknown, currency: String? = nil, amountOwed: Decimal? = nil,
        screenMessage: [String] = [], printLine: [String] = []
    ) {
        self.card = card
        self.valid = valid
        self.name = name
        self.passwordValid = passwordValid
        self.status = status
        self.language = language
        self.currency = currency
        self.amountOwed = amountOwed
        self.screenMessage = screenMessage
        self.printLine = printLine
    }
}
