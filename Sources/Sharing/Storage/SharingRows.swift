import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// A row changed since it was read: another process or desk won the race; the caller starts again.
struct StaleSharingState: Error {}

/// What is stored for a new request, on either side.
struct NewILLRequest: Sendable {
    var role: ILLRole
    var requestingAgency: AgencyID
    var requestingRequestID: String
    var supplyingAgency: AgencyID?
    var supplyingRequestID: String?
    var libraryID: Int64
    var readerID: Int64?
    var status: String
    var stateJSON: String
    var service: ServiceType
    var title: String
    var author: String
    var requestXML: String
    var requestJSON: String
    var copyrightKey: String?
    var copyrightYear: Int?
    var answerBy: Int64?
    var note: String
}

/// The SQL of `ill_request`, `ill_event` and `ill_rota`.
enum SharingRows {
    static let requestColumns = """
        SELECT r.id, r.role, r.requesting_agency, r.requesting_request_id, r.supplying_agency,
            r.supplying_request_id, r.library_id, l.code, r.reader_id, r.status, r.state, r.service_type, r.title,
            r.author, r.request_xml, r.request_json, r.answer_by, r.note, r.version, r.created_at, r.updated_at
        FROM ill_request r JOIN org_library l ON l.id = r.library_id
        """

    static func insert(_ new: NewILLRequest, at: Int64, on sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw(
            """
            INSERT INTO ill_request (role, requesting_agency, requesting_request_id, supplying_agency,
                supplying_request_id, library_id,
                reader_id, status, state, service_type, title, author, request_xml, request_json, copyright_key,
                copyright_year, answer_by, note, version, created_at, updated_at)
            VALUES (\(bind: new.role.rawValue), \(bind: new.requestingAgency.description),
                \(bind: new.requestingRequestID), \(bind: new.supplyingAgency?.description),
                \(bind: new.supplyingRequestID), \(bind: new.libraryID),
                \(bind: new.readerID), \(bind: new.status), \(bind: new.stateJSON), \(bind: new.service.rawValue),
                \(bind: new.title), \(bind: new.author), \(bind: new.requestXML), \(bind: new.requestJSON),
                \(bind: new.copyrightKey), \(bind: new.copyrightYear), \(bind: new.answerBy), \(bind: new.note), 1,
                \(bind: at), \(bind: at))
            RETURNING id
            """
        ).first()
        guard let row else { throw SharingRefusal.invalidInput("the request could not be stored") }
        return try row.decode(column: "id", as: Int64.self)
    }

    static func request(id: Int64, on sql: any SQLDatabase) async throws -> ILLRequestRecord? {
        try await sql.raw("\(unsafeRaw: requestColumns) WHERE r.id = \(bind: id)").first().map(record(from:))
    }

    /// The lending request a peer's request id names (ISO 18626 idempotency key: requesting agency + its id).
    static func lending(from agency: AgencyID, requestID: String, on sql: any SQLDatabase) async throws
        -> ILLRequestRecord?
    {
        try await sql.raw(
            """
            \(unsafeRaw: requestColumns) WHERE r.role = 'lending'
                AND r.requesting_agency = \(bind: agency.description) AND r.requesting_request_id = \(bind: requestID)
            """
        ).first().map(record(from:))
    }

    /// The borrowing request with our request id.
    static func borrowing(requestID: String, on sql: any SQLDatabase) async throws -> ILLRequestRecord? {
        try await sql.raw(
            "\(unsafeRaw: requestColumns) WHERE r.role = 'borrowing' AND r.requesting_request_id = \(bind: requestID)"
        ).first().map(record(from:))
    }

    /// Stores the machine's new state if the row is still at `version`; otherwise throws `StaleSharingState`.
    static func update(
        _ record: ILLRequestRecord, status: String, stateJSON: String, answerBy: Int64?, at: Int64,
        on sql: any SQLDatabase
    ) async throws {
        let rows = try await sql.raw(
            """
            UPDATE ill_request SET status = \(bind: status), state = \(bind: stateJSON),
                answer_by = \(bind: answerBy), supplying_agency = \(bind: record.supplyingAgency?.description),
                supplying_request_id = \(bind: record.supplyingRequestID), version = version + 1,
                updated_at = \(bind: at)
            WHERE id = \(bind: record.id) AND version = \(bind: record.version)
            RETURNING id
            """
        ).all()
        if rows.isEmpty { throw StaleSharingState() }
    }

    static func record(from row: any SQLRow) throws -> ILLRequestRecord {
        let read = RowReader(row)
        return ILLRequestRecord(
            id: try row.decode(column: "id", as: Int64.self),
            role: ILLRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .borrowing,
            requestingAgency: agency(try row.decode(column: "requesting_agency", as: String.self)),
            requestingRequestID: try row.decode(column: "requesting_request_id", as: String.self),
            supplyingAgency: try read.string("supplying_agency").map(agency),
            supplyingRequestID: try read.string("supplying_request_id"),
            libraryID: try row.decode(column: "library_id", as: Int64.self),
            libraryCode: try row.decode(column: "code", as: String.self),
            readerID: try read.int64("reader_id"), status: try row.decode(column: "status", as: String.self),
            service: ServiceType(rawValue: try row.decode(column: "service_type", as: String.self)) ?? .loan,
            title: try row.decode(column: "title", as: String.self),
            author: try row.decode(column: "author", as: String.self),
            requestXML: try row.decode(column: "request_xml", as: String.self),
            requestJSON: try row.decode(column: "request_json", as: String.self), answerBy: try read.int64("answer_by"),
            note: try row.decode(column: "note", as: String.self),
            version: try row.decode(column: "version", as: Int64.self),
            createdAt: try row.decode(column: "created_at", as: Int64.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self),
            stateJSON: try row.decode(column: "state", as: String.self))
    }

    /// `TYPE:VALUE` as stored back into an agency id, exactly (unlike `AgencyID(parsing:)`, which is for people).
    static func agency(_ text: String) -> AgencyID {
        guard let colon = text.firstIndex(of: ":") else { return AgencyID(type: "ISIL", value: text) }
        return AgencyID(type: String(text[..<colon]), value: String(text[text.index(after: colon)...]))
    }
}
