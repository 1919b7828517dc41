import Consortium
import PinakesCore

/// The signed-in account a request acts for, with its role and the libraries it may manage.
public struct Principal: Sendable, Hashable {
    public var userID: Identifier<Account>
    public var username: String
    public var displayName: String
    public var role: Role
    /// Libraries named in the account's scope (not expanded).
    public var scopeCodes: [String]
    /// The scope expanded to every library below the named ones.
    public var managedLibraries: Set<Identifier<Library>>

    public init(
        userID: Identifier<Account>, username: String, displayName: String, role: Role, scopeCodes: [String],
        managedLibraries: Set<Identifier<Library>>
    ) {
        self.userID = userID
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scopeCodes = scopeCodes
        self.managedLibraries = managedLibraries
    }

    /// The name written into the audit log.
    public var auditName: String { "user:\(username)" }

    /// Whether this account may change items, records and readers of `library`.
    public func mayManage(_ library: Identifier<Library>) -> Bool {
        switch role {
        case .admin: return true
        case .staff: return managedLibraries.contains(library)
        case .reader, .partner, .peer: return false
        }
    }

    /// Whether this account works for the consortium (administrator or staff).
    public var isStaff: Bool { role == .admin || role == .staff }
}
