import Foundation

/// A patron's standing with counts, limits, contact details and the asked-for list of items (response 64).
public struct SIP2PatronInformation: Sendable, Equatable {
    public var standing: SIP2PatronStanding
    public var holdCount = 0
    public var overdueCount = 0
    public var chargedCount = 0
    public var fineCount = 0
    public var recallCount = 0
    public var unavailableHoldCount = 0
    public var holdLimit: Int?
    public var overdueLimit: Int?
    public var chargedLimit: Int?
    public var feeLimit: Decimal?
    /// The items of the list the summary asked for, already cut to the requested range.
    public var items: [String] = []
    public var homeAddress: String?
    public var email: String?
    public var phone: String?

    public init(
        standing: SIP2PatronStanding, holdCount: Int = 0, overdueCount: Int = 0, chargedCount: Int = 0,
        fineCount: Int = 0, recallCount: Int = 0, unavailableHoldCount: Int = 0, items: [String] = []
    ) {
        self.standing = standing
        self.holdCount = holdCount
        self.overdueCount = overdueCount
        self.chargedCount = chargedCount
        self.fineCount = fineCount
        self.recallCount = recallCount
        self.unavailableHoldCount = unavailableHoldCount
        self.items = items
    }
}
