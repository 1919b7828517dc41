import Foundation
import PinakesCore
import SQLKit

/// The SQL of `ill_document` and `ill_delivery` (every opening of a document, or refusal to open it).
enum DocumentRows {
    static let columns = """
        SELECT id, request_id, token, filename, content_type, size, pages, expires_at, max_opens, opens, created_at
        FROM ill_document
        """

    static func insert(
        request: Int64, token: String, filename: String, contentType: String, bytes: [UInt8], pages: Int?,
        expiresAt: Int64, maxOpens: Int, at: Int64, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO ill_document (request_id, token, filename, content_type, bytes, size, pages, expires_at,
                max_opens, opens, created_at)
            VALUES (\(bind: request), \(bind: token), \(bind: filename), \(bind: contentType), \(bind: Data(bytes)),
                \(bind: bytes.count), \(bind: pages), \(bind: expiresAt), \(bind: maxOpens), 0, \(bind: at))
            """
        ).run()
    }

    static func documents(request: Int64, on sql: any SQLDatabase) async throws -> [DeliveredDocument] {
        try await sql.raw("\(unsafeRaw: columns) WHERE request_id = \(bind: request) ORDER BY id").all()
            .map(document(from:))
    }

    static func document(token: String, on sql: any SQLDatabase) async throws -> DeliveredDocument? {
        try await sql.raw("\(unsafeRaw: columns) WHERE token = \(bind: token)").first().map(document(from:))
    }

    /// Counts one opening if the document may still be opened; returns its bytes then.
    static func open(_ document: DeliveredDocument, now: Int64, on sql: any SQLDatabase) async throws -> [UInt8]? {
        let rows = try await sql.raw(
            """
            UPDATE ill_document SET opens = opens + 1
            WHERE id = \(bind: document.id) AND opens < max_opens AND expires_at > \(bind: now)
            RETURNING bytes
            """
        ).all()
        guard let row = rows.first else { return nil }
        return [UInt8](try row.decode(column: "bytes", as: Data.self))
    }

    static func logDelivery(document: Int64, who: String, outcome: String, at: Int64, on sql: any SQLDatabase)
        async throws
    {
        try await sql.raw(
            """
            INSERT INTO ill_delivery (document_id, at, who, outcome)
            VALUES (\(bind: document), \(bind: at), \(bind: who), \(bind: outcome))
            """
        ).run()
    }

    static func document(from row: any SQLRow) throws -> DeliveredDocument {
        let read = RowReader(row)
        return DeliveredDocument(
            id: try row.decode(column: "id", as: Int64.self),
            requestID: try row.decode(column: "request_id", as: Int64.self),
            token: try row.decode(column: "token", as: String.self),
            filename: try row.decode(column: "filename", as: String.self),
            contentType: try row.decode(column: "content_type", as: String.self),
            size: Int(try row.decode(column: "size", as: Int64.self)), pages: try read.int64("pages").map { Int($0) },
            expiresAt: try row.decode(column: "expires_at", as: Int64.self),
            maxOpens: Int(try row.decode(column: "max_opens", as: Int64.self)),
            opens: Int(try row.decode(column: "opens", as: Int64.self)),
            createdAt: try row.decode(column: "created_at", as: Int64.self))
    }
}
