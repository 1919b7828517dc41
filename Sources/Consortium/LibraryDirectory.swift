import Foundation
import PinakesCore
import SQLKit

/// The consortium's libraries: adding them, finding them by code, and walking the tree.
public struct LibraryDirectory: Sendable {
    public let database: Database
    public let clock: Clock

    public init(database: Database, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Adds a library; the code must be new, the parent must exist and accept this type.
    public func add(_ new: NewLibrary, actor: String) async throws -> Library {
        let code = try LibraryCode.normalise(new.code)
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw PinakesError.invalidInput("library \(code): the name is empty") }
        let existing = try await all()
        if existing.contains(where: { $0.code == code }) {
            throw PinakesError.conflict("library code \(code) is already in use")
        }
        let parent = try resolveParent(new.parentCode, in: existing)
        let type = new.type ?? (parent == nil ? .consortium : .branch)
        if let parent {
            guard type.mayBelong(to: parent.type) else {
                throw PinakesError.invalidInput(
                    "a \(type.rawValue) cannot belong to \(parent.code), which is a \(parent.type.rawValue)")
            }
        } else if type != .consortium {
            throw PinakesError.invalidInput("library \(code): a \(type.rawValue) needs a parent (--parent CODE)")
        } else if existing.contains(where: { $0.type == .consortium }) {
            throw PinakesError.conflict("this node already has a consortium root; give --parent for \(code)")
        }
        let now = clock.epochSeconds
        return try await database.transaction { sql in
            let row = try await sql.raw(
                """
                INSERT INTO org_library (code, name, name_zh, type, parent_id, region, latitude, longitude,
                    population_served, address, created_at, updated_at)
                VALUES (\(bind: code), \(bind: name), \(bind: new.nameZh), \(bind: type.rawValue),
                    \(bind: parent?.id.rawValue), \(bind: new.region), \(bind: new.latitude), \(bind: new.longitude),
                    \(bind: new.populationServed.map(Int64.init)), \(bind: new.address), \(bind: now), \(bind: now))
                RETURNING id
                """
            ).first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw PinakesError.conflict("library \(code) was not stored")
            }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "library.add", entity: "library", entityID: code,
                detail: "\(type.rawValue) under \(parent?.code ?? "-")")
            return Library(
                id: Identifier(id), code: code, name: name, nameZh: new.nameZh, type: type, parentID: parent?.id,
                region: new.region, latitude: new.latitude, longitude: new.longitude,
                populationServed: new.populationServed, address: new.address)
        }
    }

    private func resolveParent(_ parentCode: String?, in existing: [Library]) throws -> Library? {
        if let parentCode {
            let code = try LibraryCode.normalise(parentCode)
            guard let parent = existing.first(where: { $0.code == code }) else {
                throw PinakesError.notFound("unknown parent library code \(code)")
            }
            return parent
        }
        return existing.first { $0.type == .consortium }
    }

    /// Every library, parents before children, siblings by code.
    public func all() async throws -> [Library] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT id, code, name, name_zh, type, parent_id, region, latitude, longitude, population_served, address
                FROM org_library ORDER BY code
                """
            ).all()
        }
        let libraries = try rows.map(Self.library(from:))
        return LibraryTree(libraries).ordered
    }

    /// The library with this code, if any (codes are case-insensitive).
    public func library(code: String) async throws -> Library? {
        let normalised = code.uppercased()
        return try await all().first { $0.code == normalised }
    }

    /// The library with this code, or an error that says which code is unknown.
    public func require(code: String) async throws -> Library {
        guard let library = try await library(code: code) else {
            throw PinakesError.notFound("unknown library code \(code.uppercased())")
        }
        return library
    }

    static func library(from row: any SQLRow) throws -> Library {
        let type = try row.decode(column: "type", as: String.self)
        return Library(
            id: Identifier(try row.decode(column: "id", as: Int64.self)),
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            nameZh: try row.decode(column: "name_zh", as: String?.self),
            type: LibraryType(rawValue: type) ?? .branch,
            parentID: try row.decode(column: "parent_id", as: Int64?.self).map { Identifier($0) },
            region: try row.decode(column: "region", as: String?.self),
            latitude: try row.decode(column: "latitude", as: Double?.self),
            longitude: try row.decode(column: "longitude", as: Double?.self),
            populationServed: try row.decode(column: "population_served", as: Int64?.self).map { Int($0) },
            address: try row.decode(column: "address", as: String?.self))
    }
}
