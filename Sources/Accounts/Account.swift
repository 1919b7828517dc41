import PinakesCore

/// A sign-in account: its name, role and the libraries it is scoped to.
public struct Account: Sendable, Hashable, Codable {
    public var id: Identifier<Account>
    public var username: String
    public var displayName: String
    public var email: String?
    public var role: Role
    public var libraryCodes: [String]
    public var disabled: Bool
}
