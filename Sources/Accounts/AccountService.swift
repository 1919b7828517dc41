import Consortium
import Foundation
import HummingbirdBcrypt
import PinakesCore
import SQLKit

/// Accounts: creating them, checking passwords, and turning sessions and API tokens into a ``Principal``.
public struct AccountService: Sendable {
    public let database: Database
    public let clock: Clock
    /// bcrypt cost; 12 in production, lower in tests where hashing time matters more than strength.
    public let bcryptCost: UInt8
    /// How long a web session lasts without sign-in.
    public let sessionLifetime: Int64
    let tokens = TokenCache()

    public init(database: Database, clock: Clock = .system, bcryptCost: UInt8 = 12, sessionLifetime: Int64 = 8 * 3600) {
        self.database = database
        self.clock = clock
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
    }

    /// Creates an account; staff need at least one library code, and every code must exist.
    public func add(
        username: String, password: String, role: Role, displayName: String? = nil, email: String? = nil,
        libraryCodes: [String] = [], actor: String
    ) async throws -> Account {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard name.range(of: #"^[a-z0-9._@-]{2,64}$"#, options: .regularExpression) != nil else {
            throw PinakesError.invalidInput(
                "username '\(username)' is not valid: use 2–64 letters, digits, '.', '_', '-' or '@'")
        }
        guard password.count >= 8 else {
            throw PinakesError.invalidInput("the password for \(name) must have at least 8 characters")
        }
        if role == .staff && libraryCodes.isEmpty {
            throw PinakesError.invalidInput("staff account \(name) needs the libraries it works for (--library CODE)")
        }
        let directory = LibraryDirectory(database: database, clock: clock)
        var libraries: [Library] = []
        for code in libraryCodes { libraries.append(try await directory.require(code: code)) }
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        let now = clock.epochSeconds
        let display = displayName ?? name
        let id = try await database.transaction { sql -> Int64 in
            let taken = try await sql.raw("SELECT id FROM account_user WHERE username = \(bind: name)").first()
            if taken != nil { throw PinakesError.conflict("username \(name) is already taken") }
            let row = try await sql.insert(into: "account_user")
                .columns("username", "display_name", "email", "password_hash", "role", "disabled", "created_at")
                .values(
                    SQLBind(name), SQLBind(display), SQLBind(email), SQLBind(hash), SQLBind(role.rawValue),
                    SQLBind(false), SQLBind(now)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw PinakesError.conflict("account \(name) was not stored")
            }
            for library in libraries {
                try await sql.insert(into: "account_scope").columns("user_id", "library_id")
                    .values(SQLBind(id), SQLBind(library.id.rawValue)).run()
            }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "account.add", entity: "account", entityID: name,
                detail: "\(role.rawValue) \(libraries.map(\.code).joined(separator: ","))")
            return id
        }
        return Account(
            id: Identifier(id), username: name, displayName: display, email: email, role: role,
            libraryCodes: libraries.map(\.code), disabled: false)
    }

    /// The principal for a username and password, or nil when they do not match an enabled account.
    public func authenticate(username: String, password: String) async throws -> Principal? {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let row = try await database.withConnection { sql in
            try await sql.raw(
                "SELECT id, password_hash, disabled FROM account_user WHERE username = \(bind: name)"
            ).first()
        }
        guard let row else {
            // Spend the same time as a real check so a missing account cannot be told from a wrong password.
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        let hash = try row.decode(column: "password_hash", as: String.self)
        guard Bcrypt.verify(password, hash: hash), try !row.decode(column: "disabled", as: Bool.self) else {
            return nil
        }
        return try await principal(id: Identifier(try row.decode(column: "id", as: Int64.self)))
    }

    static let decoyHash = Bcrypt.hash("pinakes-decoy-password", cost: 10)

    /// The principal for an account id, with its scope expanded over the library tree.
    public func principal(id: Identifier<Account>) async throws -> Principal? {
        let (user, scope) = try await database.withConnection { sql in
            let user = try await sql.raw(
                "SELECT id, username, display_name, role, disabled FROM account_user WHERE id = \(bind: id.rawValue)"
            ).first()
            let scope = try await sql.raw(
                """
                SELECT l.id, l.code FROM account_scope s JOIN org_library l ON l.id = s.library_id
                WHERE s.user_id = \(bind: id.rawValue) ORDER BY l.code
                """
            ).all()
            return (user, scope)
        }
        guard let user, try !user.decode(column: "disabled", as: Bool.self) else { return nil }
        let tree = LibraryTree(try await LibraryDirectory(database: database, clock: clock).all())
        var managed: Set<Identifier<Library>> = []
        var codes: [String] = []
        for row in scope {
            managed.formUnion(tree.subtree(of: Identifier(try row.decode(column: "id", as: Int64.self))))
            codes.append(try row.decode(column: "code", as: String.self))
        }
        return Principal(
            userID: id, username: try user.decode(column: "username", as: String.self),
            displayName: try user.decode(column: "display_name", as: String.self),
            role: Role(rawValue: try user.decode(column: "role", as: String.self)) ?? .reader,
            scopeCodes: codes, managedLibraries: managed)
    }
}
