import Consortium
import Foundation
import PinakesCore
import SQLKit
import Synchronization

/// Keeps the loan policy matrix and the library calendars in the database (`circ_policy`, `circ_calendar`)
/// and hands out a cached reading of them, refreshed after a save here and every few seconds, so other
/// processes' edits are seen too.
public final class PolicyBook: Sendable {
    public let database: Database
    public let clock: Clock
    public let settings: CirculationSettings
    private let cache = Mutex<(rules: CirculationRules, loadedAt: Date)?>(nil)
    private static let freshFor: TimeInterval = 5

    public init(database: Database, clock: Clock = .system, settings: CirculationSettings = CirculationSettings()) {
        self.database = database
        self.clock = clock
        self.settings = settings
    }

    /// The rules now in force.
    public func rules() async throws -> CirculationRules {
        if let cached = cache.withLock({ $0 }), Date().timeIntervalSince(cached.loadedAt) < Self.freshFor {
            return cached.rules
        }
        let rules = try await load()
        cache.withLock { $0 = (rules, Date()) }
        return rules
    }

    /// Stores a new matrix after checking it (and that its library codes exist).
    public func saveMatrix(_ matrix: PolicyMatrix, actor: String) async throws {
        try matrix.validate()
        let known = Set(try await LibraryDirectory(database: database, clock: clock).all().map { $0.code.uppercased() })
        var unknown = matrix.groups.flatMap(\.libraries).filter { !known.contains($0) }
        for rule in matrix.rules {
            if case .library(let code) = rule.scope, !known.contains(code) { unknown.append(code) }
        }
        guard unknown.isEmpty else {
            throw PinakesError.invalidInput(
                "loan policy matrix names libraries that do not exist: \(Set(unknown).sorted().joined(separator: ", "))"
            )
        }
        let document = String(decoding: try matrix.encoded(), as: UTF8.self)
        let now = clock.epochSeconds
        try await database.transaction { sql in
            let version =
                (try await sql.raw("SELECT version FROM circ_policy WHERE id = 1").first()?
                    .decode(column: "version", as: Int64.self) ?? 0) + 1
            try await sql.raw("DELETE FROM circ_policy WHERE id = 1").run()
            try await sql.raw(
                """
                INSERT INTO circ_policy (id, document, version, updated_at, updated_by)
                VALUES (1, \(bind: document), \(bind: version), \(bind: now), \(bind: actor))
                """
            ).run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "policy.save", entity: "policy", entityID: "1",
                detail: "version \(version), \(matrix.rules.count) rules")
        }
        cache.withLock { $0 = nil }
    }

    /// Stores a library's calendar.
    public func saveCalendar(_ calendar: LibraryCalendar, for library: Identifier<Library>, actor: String) async throws
    {
        let problems = calendar.problems
        guard problems.isEmpty else {
            throw PinakesError.invalidInput("calendar: " + problems.joined(separator: "; "))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let document = String(decoding: try encoder.encode(calendar), as: UTF8.self)
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.raw("DELETE FROM circ_calendar WHERE library_id = \(bind: library.rawValue)").run()
            try await sql.raw(
                """
                INSERT INTO circ_calendar (library_id, document, updated_at)
                VALUES (\(bind: library.rawValue), \(bind: document), \(bind: now))
                """
            ).run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "calendar.save", entity: "library",
                entityID: library.description)
        }
        cache.withLock { $0 = nil }
    }

    private func load() async throws -> CirculationRules {
        let libraries = try await LibraryDirectory(database: database, clock: clock).all()
        return try await database.withConnection { sql in
            var matrix = try PolicyMatrix.bundledDefault()
            var version: Int64 = 0
            if let row = try await sql.raw("SELECT document, version FROM circ_policy WHERE id = 1").first() {
                matrix = try PolicyMatrix.decode(Data(try row.decode(column: "document", as: String.self).utf8))
                version = try row.decode(column: "version", as: Int64.self)
            }
            var calendars: [Identifier<Library>: LibraryCalendar] = [:]
            for row in try await sql.raw("SELECT library_id, document FROM circ_calendar").all() {
                let data = Data(try row.decode(column: "document", as: String.self).utf8)
                calendars[Identifier(try row.decode(column: "library_id", as: Int64.self))] =
                    try JSONDecoder().decode(LibraryCalendar.self, from: data)
            }
            return CirculationRules(
                matrix: matrix, version: version, libraries: libraries, calendars: calendars,
                timeZone: settings.timeZone)
        }
    }
}
