import SQLKit

/// The append-only record of who changed what; written in the same transaction as the change itself.
public enum AuditLog {
    /// Core's tables: the audit log.
    public static let migrations: [Migration] = [
        Migration(module: "core", name: "001-audit") { backend in
            [
                """
                CREATE TABLE audit_event (
                    id \(backend.idColumn),
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '')
                """,
                "CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)",
            ]
        }
    ]

    /// Appends one event; call it inside the transaction that makes the change.
    public static func record(
        on sql: any SQLDatabase, at: Int64, actor: String, action: String, entity: String, entityID: String,
        detail: String = ""
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO audit_event (at, actor, action, entity, entity_id, detail)
            VALUES (\(bind: at), \(bind: actor), \(bind: action), \(bind: entity), \(bind: entityID), \(bind: detail))
            """
        ).run()
    }
}
