/// The 14-character patron status of patron status and patron information responses: each position is `Y`
/// when the condition holds, a blank otherwise (SIP2 2.00, in this order).
public struct SIP2PatronStatus: SIP2FlagField, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let chargePrivilegesDenied = SIP2PatronStatus(rawValue: 1 << 0)
    public static let renewalPrivilegesDenied = SIP2PatronStatus(rawValue: 1 << 1)
    public static let recallPrivilegesDenied = SIP2PatronStatus(rawValue: 1 << 2)
    public static let holdPrivilegesDenied = SIP2PatronStatus(rawValue: 1 << 3)
    public static let cardReportedLost = SIP2PatronStatus(rawValue: 1 << 4)
    public static let tooManyItemsCharged = SIP2PatronStatus(rawValue: 1 << 5)
    public static let tooManyItemsOverdue = SIP2PatronStatus(rawValue: 1 << 6)
    public static let tooManyRenewals = SIP2PatronStatus(rawValue: 1 << 7)
    public static let tooManyClaimsOfItemsReturned = SIP2PatronStatus(rawValue: 1 << 8)
    public static let tooManyItemsLost = SIP2PatronStatus(rawValue: 1 << 9)
    public static let excessiveOutstandingFines = SIP2PatronStatus(rawValue: 1 << 10)
    public static let excessiveOutstandingFees = SIP2PatronStatus(rawValue: 1 << 11)
    public static let recallOverdue = SIP2PatronStatus(rawValue: 1 << 12)
    public static let tooManyItemsBilled = SIP2PatronStatus(rawValue: 1 << 13)

    public static let length = 14
    public static let clearCharacter: Character = " "
}
