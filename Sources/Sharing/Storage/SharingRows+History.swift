import Foundation
import PinakesCore
import SQLKit

extension SharingRows {
    static func addEvent(
        request: Int64, at: Int64, actor: String, event: String, from: String, to: String, note: String,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO ill_event (request_id, at, actor, event, from_status, to_status, note)
            VALUES (\(bind: request), \(bind: at), \(bind: actor), \(bind: event), \(bind: from), \(bind: to),
                \(bind: note))
            """
        ).run()
    }

    static func events(request: Int64, on sql: any SQLDatabase) async throws -> [ILLEventRecord] {
        try await sql.raw(
            """
            SELECT at, actor, event, from_status, to_status, note FROM ill_event
            WHERE request_id = \(bind: request) ORDER BY id
            """
        ).all().map { row in
            ILLEventRecord(
                at: try row.decode(column: "at", as: Int64.self),
                actor: try row.decode(column: "actor", as: String.self),
                event: try row.decode(column: "event", as: String.self),
                fromStatus: try row.decode(column: "from_status", as: String.self),
                toStatus: try row.decode(column: "to_status", as: String.self),
                note: try row.decode(column: "note", as: String.self))
        }
    }

    static func saveRota(request: Int64, _ entries: [RotaRecord], on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM ill_rota WHERE request_id = \(bind: request)").run()
        for entry in entries {
            let reasons = String(decoding: try JSONEncoder().encode(entry.reasons), as: UTF8.self)
            try await sql.raw(
                """
                INSERT INTO ill_rota (request_id, position, agency, name, score, reasons, outcome)
                VALUES (\(bind: request), \(bind: entry.position), \(bind: entry.agency), \(bind: entry.name),
                    \(bind: entry.score), \(bind: reasons), \(bind: entry.outcome))
                """
            ).run()
        }
    }

    static func rota(request: Int64, on sql: any SQLDatabase) async throws -> [RotaRecord] {
        try await sql.raw(
            """
            SELECT position, agency, name, score, reasons, outcome, asked_at, answered_at FROM ill_rota
            WHERE request_id = \(bind: request) ORDER BY position
            """
        ).all().map { row in
            let read = RowReader(row)
            let reasons = try row.decode(column: "reasons", as: String.self)
            return RotaRecord(
                position: Int(try row.decode(column: "position", as: Int64.self)),
                agency: try row.decode(column: "agency", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                score: try row.decode(column: "score", as: Double.self),
                reasons: (try? JSONDecoder().decode([String].self, from: Data(reasons.utf8))) ?? [],
                outcome: try row.decode(column: "outcome", as: String.self), askedAt: try read.int64("asked_at"),
                answeredAt: try read.int64("answered_at"))
        }
    }

    static func setRotaOutcome(
        request: Int64, position: Int, outcome: String, asked: Bool, at: Int64, on sql: any SQLDatabase
    ) async throws {
        let column = asked ? "asked_at" : "answered_at"
        try await sql.raw(
            """
            UPDATE ill_rota SET outcome = \(bind: outcome), \(unsafeRaw: column) = \(bind: at)
            WHERE request_id = \(bind: request) AND position = \(bind: position)
            """
        ).run()
    }

    /// Requests of one side, newest first, optionally only those of some libraries or some statuses.
    static func list(
        role: ILLRole, libraries: [Int64]?, statuses: [String]?, reader: Int64?, limit: Int, on sql: any SQLDatabase
    ) async throws -> [ILLRequestRecord] {
        var query: SQLQueryString = "\(unsafeRaw: requestColumns) WHERE r.role = \(bind: role.rawValue)"
        if let libraries {
            if libraries.isEmpty { return [] }
            query += " AND r.library_id IN (\(binds: libraries))"
        }
        if let statuses, !statuses.isEmpty { query += " AND r.status IN (\(binds: statuses))" }
        if let reader { query += " AND r.reader_id = \(bind: reader)" }
        query += " ORDER BY r.updated_at DESC, r.id DESC LIMIT \(literal: max(1, min(limit, 500)))"
        return try await sql.raw(query).all().map(record(from:))
    }
}
