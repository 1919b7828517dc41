import Consortium
import Foundation
import MARC
import PinakesCore
import SQLKit

/// The member records as a change feed in (datestamp, id) order, for OAI-PMH: every record as received,
/// deletions included, with sets by library subtree and by kind of material.
public struct CatalogFeed: Sendable {
    public let database: Database
    public let libraries: LibraryDirectory

    public init(database: Database, libraries: LibraryDirectory) {
        self.database = database
        self.libraries = libraries
    }

    /// The library tree, read once per request.
    public func libraryTree() async throws -> FeedLibraries { FeedLibraries(try await libraries.all()) }

    /// The oldest datestamp of any record, deleted ones included; nil when the catalogue is empty.
    public func earliestDatestamp() async throws -> Int64? {
        try await database.withReadConnection { sql in
            try await sql.raw("SELECT MIN(updated_at) AS earliest FROM bib_source_record").first()?
                .decode(column: "earliest", as: Int64?.self)
        }
    }

    /// Up to `limit` entries of `selection` after `cursor`, in (datestamp, id) order; `withRecords` reads and
    /// decodes the MARC of those not deleted.
    public func page(
        after cursor: FeedCursor?, selection: FeedSelection, in tree: FeedLibraries, limit: Int,
        withRecords: Bool
    ) async throws -> [FeedEntry] {
        var query: SQLQueryString =
            "SELECT r.id, r.library_id, l.code, r.source_id, r.updated_at, r.deleted, r.material"
        if withRecords { query += ", r.format, r.marc" }
        query += " FROM bib_source_record r JOIN org_library l ON l.id = r.library_id WHERE "
        query += Self.conditions(selection, tree: tree)
        if let cursor {
            query += " AND (r.updated_at > \(bind: cursor.datestamp)"
            query += " OR (r.updated_at = \(bind: cursor.datestamp) AND r.id > \(bind: cursor.id)))"
        }
        query += " ORDER BY r.updated_at, r.id LIMIT \(literal: max(1, limit))"
        let rows = try await database.withReadConnection { sql in try await sql.raw(query).all() }
        return try rows.map { try Self.entry(from: $0, withRecord: withRecords) }
    }

    /// How many entries `selection` holds, for `completeListSize`.
    public func count(_ selection: FeedSelection, in tree: FeedLibraries) async throws -> Int {
        var query: SQLQueryString = "SELECT COUNT(*) AS n FROM bib_source_record r WHERE "
        query += Self.conditions(selection, tree: tree)
        let row = try await database.withReadConnection { sql in try await sql.raw(query).first() }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// The entry of one member record, by its library's code and its source id.
    public func entry(libraryCode: String, sourceID: String, withRecord: Bool) async throws -> FeedEntry? {
        var query: SQLQueryString =
            "SELECT r.id, r.library_id, l.code, r.source_id, r.updated_at, r.deleted, r.material"
        if withRecord { query += ", r.format, r.marc" }
        query += " FROM bib_source_record r JOIN org_library l ON l.id = r.library_id"
        query += " WHERE l.code = \(bind: libraryCode.uppercased()) AND r.source_id = \(bind: sourceID)"
        let row = try await database.withReadConnection { sql in try await sql.raw(query).first() }
        return try row.map { try Self.entry(from: $0, withRecord: withRecord) }
    }

    /// Every set: `library` with each library of the tree, then `format` with each kind of material present.
    public func sets(in tree: FeedLibraries) async throws -> [FeedSetDescription] {
        var sets = [FeedSetDescription(set: .libraries, name: "Member libraries")]
        for library in tree.tree.ordered {
            let name = library.nameZh.map { "\(library.name) (\($0))" } ?? library.name
            sets.append(FeedSetDescription(set: .library(code: library.code), name: name))
        }
        let rows = try await database.withReadConnection { sql in
            try await sql.raw(
                "SELECT DISTINCT material FROM bib_source_record WHERE material IS NOT NULL ORDER BY material"
            ).all()
        }
        let materials = try rows.map { try $0.decode(column: "material", as: String.self) }
        if !materials.isEmpty { sets.append(FeedSetDescription(set: .formats, name: "Kinds of material")) }
        for material in materials {
            sets.append(FeedSetDescription(set: .format(material), name: Self.materialName(material)))
        }
        return sets
    }

    /// The WHERE conditions (on alias `r`) of a selection.
    static func conditions(_ selection: FeedSelection, tree: FeedLibraries) -> SQLQueryString {
        var query: SQLQueryString = "r.updated_at <= \(bind: selection.until)"
        if let from = selection.from { query += " AND r.updated_at >= \(bind: from)" }
        switch selection.set {
        case nil, .libraries?: break
        case .library(let code)?:
            let ids = tree.subtree(code: code).map(\.rawValue).sorted()
            query += ids.isEmpty ? " AND 1 = 0" : " AND r.library_id IN (\(SQLList(ids.map { SQLBind($0) })))"
        case .formats?: query += " AND r.material IS NOT NULL"
        case .format(let material)?: query += " AND r.material = \(bind: material)"
        }
        return query
    }

    static func entry(from row: any SQLRow, withRecord: Bool) throws -> FeedEntry {
        let id = try row.decode(column: "id", as: Int64.self)
        let deleted = try row.decode(column: "deleted", as: Bool.self)
        var record: Record?
        if withRecord && !deleted {
            let bytes = [UInt8](try row.decode(column: "marc", as: Data.self))
            record = StoredRecordCodec.decode(format: try row.decode(column: "format", as: String.self), bytes: bytes)
            guard record != nil else {
                throw PinakesError.conflict("member record \(id) is stored in a form that cannot be read")
            }
        }
        return FeedEntry(
            id: id, libraryID: Identifier<Library>(try row.decode(column: "library_id", as: Int64.self)),
            libraryCode: try row.decode(column: "code", as: String.self),
            sourceID: try row.decode(column: "source_id", as: String.self),
            datestamp: try row.decode(column: "updated_at", as: Int64.self), deleted: deleted,
            material: try row.decode(column: "material", as: String?.self), record: record)
    }

    /// `musicScore` → `Music score`: a readable name for a kind of material.
    static func materialName(_ material: String) -> String {
        var words = ""
        for character in material {
            if character.isUppercase { words += " " + character.lowercased() } else { words.append(character) }
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
