import Logging
import SQLKit

/// Applies the migrations not yet recorded, each in its own transaction with its bookkeeping row.
public struct MigrationRunner: Sendable {
    public let database: Database

    public init(database: Database) { self.database = database }

    /// Applies what is missing and returns the names applied (`module/name`).
    @discardableResult
    public func run(_ migrations: [Migration]) async throws -> [String] {
        try await database.transaction { sql in
            try await sql.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    module TEXT NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL,
                    PRIMARY KEY (module, name))
                """
            ).run()
        }
        var applied: [String] = []
        for migration in migrations {
            let done = try await database.transaction { sql -> Bool in
                if database.backend == .postgres {
                    // Two processes starting together must not apply the same step twice.
                    try await sql.raw("SELECT pg_advisory_xact_lock(7274917)").run()
                }
                let existing = try await sql.raw(
                    "SELECT 1 AS x FROM schema_migration WHERE module = \(bind: migration.module) AND name = \(bind: migration.name)"
                ).first()
                if existing != nil { return false }
                for statement in migration.statements(database.backend) {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
                try await sql.raw(
                    """
                    INSERT INTO schema_migration (module, name, applied_at)
                    VALUES (\(bind: migration.module), \(bind: migration.name), \(bind: Clock.system.epochSeconds))
                    """
                ).run()
                return true
            }
            if done {
                applied.append("\(migration.module)/\(migration.name)")
                database.logger.debug("applied migration \(migration.module)/\(migration.name)")
            }
        }
        return applied
    }
}
