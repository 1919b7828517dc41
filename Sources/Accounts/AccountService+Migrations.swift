import PinakesCore

extension AccountService {
    /// The `account_*` tables: accounts, their library scope, web sessions and API tokens.
    public static let migrations: [Migration] = [
        Migration(module: "accounts", name: "001-accounts") { backend in
            [
                """
                CREATE TABLE account_user (
                    id \(backend.idColumn),
                    username TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    email TEXT,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL,
                    disabled BOOLEAN NOT NULL DEFAULT FALSE,
                    created_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE account_scope (
                    user_id BIGINT NOT NULL REFERENCES account_user(id),
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    PRIMARY KEY (user_id, library_id))
                """,
                """
                CREATE TABLE account_session (
                    token_hash TEXT PRIMARY KEY,
                    user_id BIGINT NOT NULL REFERENCES account_user(id),
                    csrf_token TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE account_api_token (
                    id \(backend.idColumn),
                    user_id BIGINT NOT NULL REFERENCES account_user(id),
                    name TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    created_at BIGINT NOT NULL,
                    last_used_at BIGINT,
                    revoked BOOLEAN NOT NULL DEFAULT FALSE)
                """,
            ]
        }
    ]
}
