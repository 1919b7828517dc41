import PinakesCore
import SQLKit

/// A web session as the browser holds it: the cookie token and the CSRF token for its forms.
public struct WebSession: Sendable, Hashable {
    public var token: String
    public var csrfToken: String
    public var expiresAt: Int64
}

extension AccountService {
    /// Starts a web session for an authenticated account.
    public func startSession(for principal: Principal) async throws -> WebSession {
        let session = WebSession(
            token: Secret.token(), csrfToken: Secret.token(), expiresAt: clock.epochSeconds + sessionLifetime)
        try await database.transaction { sql in
            try await sql.raw("DELETE FROM account_session WHERE expires_at < \(bind: clock.epochSeconds)").run()
            try await sql.insert(into: "account_session")
                .columns("token_hash", "user_id", "csrf_token", "created_at", "expires_at")
                .values(
                    SQLBind(Secret.hash(session.token)), SQLBind(principal.userID.rawValue),
                    SQLBind(session.csrfToken), SQLBind(clock.epochSeconds), SQLBind(session.expiresAt)
                ).run()
        }
        return session
    }

    /// The principal and CSRF token of a live session, or nil when the token is unknown or expired.
    public func session(token: String) async throws -> (principal: Principal, csrfToken: String)? {
        let row = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT user_id, csrf_token, expires_at FROM account_session
                WHERE token_hash = \(bind: Secret.hash(token))
                """
            ).first()
        }
        guard let row, try row.decode(column: "expires_at", as: Int64.self) > clock.epochSeconds else { return nil }
        let userID = Identifier<Account>(try row.decode(column: "user_id", as: Int64.self))
        guard let principal = try await principal(id: userID) else { return nil }
        return (principal, try row.decode(column: "csrf_token", as: String.self))
    }

    /// Ends a session (sign-out).
    public func endSession(token: String) async throws {
        try await database.transaction { sql in
            try await sql.raw("DELETE FROM account_session WHERE token_hash = \(bind: Secret.hash(token))").run()
        }
    }

    /// Issues an API token for scripts; the token is shown once and stored only as a hash.
    public func issueToken(for principal: Principal, name: String) async throws -> String {
        let token = "pk_" + Secret.token()
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.insert(into: "account_api_token")
                .columns("user_id", "name", "token_hash", "created_at", "revoked")
                .values(
                    SQLBind(principal.userID.rawValue), SQLBind(name), SQLBind(Secret.hash(token)), SQLBind(now),
                    SQLBind(false)
                ).run()
            try await AuditLog.record(
                on: sql, at: now, actor: principal.auditName, action: "account.token", entity: "account",
                entityID: principal.username, detail: name)
        }
        return token
    }

    /// The principal behind an API token, or nil when it is unknown or revoked.
    /// Remembered for a few seconds (see `TokenCache`).
    public func principal(apiToken token: String) async throws -> Principal? {
        let hash = Secret.hash(token)
        if let known = tokens.principal(for: hash) { return known }
        let row = try await database.withConnection { sql in
            try await sql.raw("SELECT user_id, revoked FROM account_api_token WHERE token_hash = \(bind: hash)").first()
        }
        guard let row, try !row.decode(column: "revoked", as: Bool.self) else { return nil }
        guard let found = try await principal(id: Identifier(try row.decode(column: "user_id", as: Int64.self))) else {
            return nil
        }
        tokens.remember(found, for: hash)
        return found
    }
}
