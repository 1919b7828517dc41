import Consortium
import Foundation
import PinakesCore
import SQLKit

/// The `harvest_source` and `harvest_run` tables: which providers each member library harvests and how each
/// harvest went.
public struct HarvestRegistry: Sendable {
    public let database: Database
    public let clock: Clock

    public init(database: Database, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    static let sourceColumns = """
        s.id, s.library_id, l.code, s.base_url, s.set_spec, s.metadata_prefix, s.interval_hours, s.enabled,
        s.last_from, s.last_status, s.last_run_at
        """

    /// Every source, by library code and URL; only those of `libraryIDs` when given.
    public func sources(libraryIDs: Set<Int64>? = nil) async throws -> [HarvestSource] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT \(unsafeRaw: Self.sourceColumns) FROM harvest_source s
                JOIN org_library l ON l.id = s.library_id ORDER BY l.code, s.base_url, s.set_spec, s.id
                """
            ).all()
        }
        let sources = try rows.map(Self.source(from:))
        guard let libraryIDs else { return sources }
        return sources.filter { libraryIDs.contains($0.libraryID) }
    }

    /// The source with this id, or nil.
    public func source(id: Int64) async throws -> HarvestSource? {
        try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT \(unsafeRaw: Self.sourceColumns) FROM harvest_source s
                JOIN org_library l ON l.id = s.library_id WHERE s.id = \(bind: id)
                """
            ).first().map(Self.source(from:))
        }
    }

    /// The source for this library, URL, set and prefix, created (by hand only, enabled) when there is none.
    public func ensure(_ draft: HarvestSourceDraft, actor: String = "cli") async throws -> HarvestSource {
        let valid = try await validated(draft)
        let existing = try await sources(libraryIDs: [valid.library.id.rawValue]).first {
            $0.baseURL == valid.draft.baseURL && $0.setSpec == valid.draft.setSpec
                && $0.metadataPrefix == valid.draft.metadataPrefix
        }
        if let existing { return existing }
        return try await add(draft, actor: actor)
    }

    /// Adds a source; refuses a bad URL, an unknown library or a duplicate.
    public func add(_ draft: HarvestSourceDraft, actor: String = "cli") async throws -> HarvestSource {
        let valid = try await validated(draft)
        let now = clock.epochSeconds
        let id = try await database.transaction { sql in
            let row = try await sql.raw(
                """
                INSERT INTO harvest_source (library_id, base_url, set_spec, metadata_prefix, interval_hours, enabled,
                    created_at, updated_at)
                SELECT \(bind: valid.library.id.rawValue), \(bind: valid.draft.baseURL), \(bind: valid.draft.setSpec),
                    \(bind: valid.draft.metadataPrefix.rawValue), \(bind: Int64(valid.draft.intervalHours)),
                    \(bind: valid.draft.enabled), \(bind: now), \(bind: now)
                WHERE NOT EXISTS (SELECT 1 FROM harvest_source WHERE library_id = \(bind: valid.library.id.rawValue)
                    AND base_url = \(bind: valid.draft.baseURL) AND set_spec = \(bind: valid.draft.setSpec)
                    AND metadata_prefix = \(bind: valid.draft.metadataPrefix.rawValue))
                RETURNING id
                """
            ).first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw HarvestError.invalidSource(
                    "\(valid.library.code) already harvests \(valid.draft.baseURL)"
                        + (valid.draft.setSpec.isEmpty ? "" : " set \(valid.draft.setSpec)")
                        + " as \(valid.draft.metadataPrefix.rawValue)")
            }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "harvest.source.add", entity: "harvest_source",
                entityID: String(id), detail: valid.draft.baseURL)
            return id
        }
        guard let source = try await source(id: id) else { throw HarvestError.unknownSource(id) }
        return source
    }

    /// Changes a source's URL, set, prefix, interval or enabled flag (its library stays).
    public func update(_ id: Int64, with draft: HarvestSourceDraft, actor: String = "cli") async throws -> HarvestSource
    {
        guard try await source(id: id) != nil else { throw HarvestError.unknownSource(id) }
        let valid = try await validated(draft)
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE harvest_source SET base_url = \(bind: valid.draft.baseURL),
                    set_spec = \(bind: valid.draft.setSpec), metadata_prefix = \(bind: valid.draft.metadataPrefix.rawValue),
                    interval_hours = \(bind: Int64(valid.draft.intervalHours)), enabled = \(bind: valid.draft.enabled),
                    updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "harvest.source.update", entity: "harvest_source",
                entityID: String(id), detail: valid.draft.baseURL)
        }
        guard let source = try await source(id: id) else { throw HarvestError.unknownSource(id) }
        return source
    }

    /// Removes a source; its runs stay, without the link.
    public func delete(_ id: Int64, actor: String = "cli") async throws {
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.raw("UPDATE harvest_run SET source_id = NULL WHERE source_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM harvest_source WHERE id = \(bind: id)").run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "harvest.source.delete", entity: "harvest_source",
                entityID: String(id), detail: "")
        }
    }

    private func validated(_ draft: HarvestSourceDraft) async throws -> (draft: HarvestSourceDraft, library: Library) {
        var draft = draft
        draft.baseURL = draft.baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.setSpec = draft.setSpec.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try OAIClient.requestURL(base: draft.baseURL, arguments: [])
        guard draft.intervalHours >= 0, draft.intervalHours <= 24 * 366 else {
            throw HarvestError.invalidSource(
                "the interval must be 0 (by hand only) to 8784 hours, not \(draft.intervalHours)")
        }
        guard
            let library = try await LibraryDirectory(database: database, clock: clock).library(code: draft.libraryCode)
        else { throw HarvestError.invalidSource("unknown library code \(draft.libraryCode.uppercased())") }
        draft.libraryCode = library.code
        return (draft, library)
    }

    static func source(from row: any SQLRow) throws -> HarvestSource {
        let prefix = try row.decode(column: "metadata_prefix", as: String.self)
        return HarvestSource(
            id: try row.decode(column: "id", as: Int64.self),
            libraryID: try row.decode(column: "library_id", as: Int64.self),
            libraryCode: try row.decode(column: "code", as: String.self),
            baseURL: try row.decode(column: "base_url", as: String.self),
            setSpec: try row.decode(column: "set_spec", as: String.self),
            metadataPrefix: MetadataPrefix(rawValue: prefix) ?? .marc21,
            intervalHours: Int(try row.decode(column: "interval_hours", as: Int64.self)),
            enabled: try row.decode(column: "enabled", as: Bool.self),
            lastFrom: try row.decode(column: "last_from", as: String?.self),
            lastStatus: try row.decode(column: "last_status", as: String.self),
            lastRunAt: try row.decode(column: "last_run_at", as: Int64?.self))
    }
}
