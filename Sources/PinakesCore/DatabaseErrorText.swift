import PostgresKit

/// Short, readable text for any error, including PostgreSQL's, whose plain description hides the cause.
public enum DatabaseErrorText {
    public static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            let detail = error.serverInfo?[.detail].map { ": \($0)" } ?? ""
            return "PostgreSQL: \(message)\(detail)\(state)"
        }
        let text = String(describing: error)
        return text.count > 2000 ? String(text.prefix(2000)) + "…" : text
    }
}

extension DatabaseErrorText {
    /// Whether `error` is a unique-constraint violation (SQLite `UNIQUE constraint failed`, PostgreSQL SQLSTATE
    /// 23505): the database refused a second row where the schema allows one.
    public static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return error.serverInfo?[.sqlState] == "23505" }
        let text = String(describing: error)
        return text.contains("UNIQUE constraint failed") || text.contains("constraint failed: UNIQUE")
    }
}
