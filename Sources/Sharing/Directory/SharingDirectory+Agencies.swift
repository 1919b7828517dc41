import Consortium
import Foundation
import ISO18626
import PinakesCore
import SQLKit

extension SharingDirectory {
    /// Our own agency ids, the consortium's first.
    public func ownAgencies() async throws -> [OwnAgency] {
        try await database.withConnection { sql in try await Self.ownAgencies(on: sql) }
    }

    static func ownAgencies(on sql: any SQLDatabase) async throws -> [OwnAgency] {
        try await sql.raw(
            """
            SELECT a.agency_type, a.agency_value, a.library_id, l.code, l.parent_id FROM ill_agency a
            JOIN org_library l ON l.id = a.library_id ORDER BY (l.parent_id IS NOT NULL), a.id
            """
        ).all().map { row in
            OwnAgency(
                agency: AgencyID(
                    type: try row.decode(column: "agency_type", as: String.self),
                    value: try row.decode(column: "agency_value", as: String.self)),
                libraryID: Identifier(try row.decode(column: "library_id", as: Int64.self)),
                libraryCode: try row.decode(column: "code", as: String.self))
        }
    }

    /// Gives the library `code` the agency id `agency` (a library may have several; an id names one library).
    public func addOwnAgency(_ agency: AgencyID, library code: String, actor: String) async throws -> OwnAgency {
        guard !agency.value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SharingRefusal.invalidInput("agency id value is empty")
        }
        let library = try await LibraryDirectory(database: database, clock: clock).require(code: code)
        let now = clock.epochSeconds
        let type = agency.type.uppercased()
        do {
            try await database.transaction { sql in
                try await sql.raw(
                    """
                    INSERT INTO ill_agency (agency_type, agency_value, library_id, created_at)
                    VALUES (\(bind: type), \(bind: agency.value), \(bind: library.id.rawValue), \(bind: now))
                    """
                ).run()
                try await AuditLog.record(
                    on: sql, at: now, actor: actor, action: "agency.add", entity: "ill_agency",
                    entityID: "\(type):\(agency.value)", detail: library.code)
            }
        } catch  where DatabaseErrorText.isUniqueViolation(error) {
            throw SharingRefusal.invalidInput("agency id \(type):\(agency.value) is already in use")
        }
        return OwnAgency(
            agency: AgencyID(type: type, value: agency.value), libraryID: library.id, libraryCode: library.code)
    }

    /// The settings now in force (defaults until an administrator saves some).
    public func settings() async throws -> SharingSettings {
        try await database.withConnection { sql in try await Self.settings(on: sql) }
    }

    static func settings(on sql: any SQLDatabase) async throws -> SharingSettings {
        guard let row = try await sql.raw("SELECT document FROM ill_setting WHERE id = 1").first() else {
            return SharingSettings()
        }
        return try decode(SharingSettings.self, row.decode(column: "document", as: String.self))
    }

    /// Stores new settings.
    public func saveSettings(_ settings: SharingSettings, actor: String) async throws {
        if let bad = settings.closedWeekdays.first(where: { !(1...7).contains($0) }) {
            throw SharingRefusal.invalidInput("closedWeekdays: \(bad) is not 1 (Monday) … 7 (Sunday)")
        }
        var problems = settings.tariff.problems()
        if settings.documentDays < 1 || settings.documentOpens < 1 {
            problems.append("documentDays and documentOpens must be at least 1")
        }
        if settings.answerHours < 1 || settings.loanDays < 1 {
            problems.append("answerHours and loanDays must be at least 1")
        }
        if settings.documentMaxBytes < 1 { problems.append("documentMaxBytes must be at least 1") }
        guard problems.isEmpty else { throw SharingRefusal.invalidInput(problems.joined(separator: "; ")) }
        let document = try Self.encode(settings)
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.raw("DELETE FROM ill_setting WHERE id = 1").run()
            try await sql.raw(
                """
                INSERT INTO ill_setting (id, document, updated_at, updated_by)
                VALUES (1, \(bind: document), \(bind: now), \(bind: actor))
                """
            ).run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "sharing.settings", entity: "ill_setting", entityID: "1")
        }
    }
}
