import Consortium
import Foundation
import MARC
import PinakesCore
import SQLKit

/// Reads the live member records of the catalogue, with their copies, for `pinakes export marc`.
///
/// Records come in batches by id (keyset paging, one short read per batch), so memory stays flat however large
/// the catalogue is and no long transaction is held open against the servers.
public struct CatalogExport: Sendable {
    public let database: Database
    /// Records read per batch.
    public var batchSize: Int

    public init(database: Database, batchSize: Int = 500) {
        self.database = database
        self.batchSize = batchSize
    }

    /// Calls `body` with each batch of records not deleted (of `libraryCode`'s subtree when given), each with
    /// its copies as 852 fields; returns the numbers of records and copies.
    @discardableResult
    public func records(
        ofLibrary libraryCode: String? = nil, _ body: ([Record]) throws -> Void
    ) async throws -> (records: Int, copies: Int) {
        let libraries = try await LibraryDirectory(database: database).all()
        let codes = Dictionary(uniqueKeysWithValues: libraries.map { ($0.id.rawValue, $0.code) })
        var scope: [Int64]?
        if let libraryCode {
            guard let library = libraries.first(where: { $0.code == libraryCode.uppercased() }) else {
                throw PinakesError.notFound("no library with code \(libraryCode)")
            }
            scope = LibraryTree(libraries).subtree(of: library.id).map(\.rawValue).sorted()
        }
        var after: Int64 = 0
        var totals = (records: 0, copies: 0)
        while true {
            let rows = try await batch(after: after, scope: scope)
            guard let last = rows.last else { return totals }
            after = last.id
            let copies = try await self.copies(of: rows, codes: codes)
            let records = rows.map { ExportedCopy.record($0.record, with: copies[$0.id] ?? []) }
            totals.records += records.count
            totals.copies += copies.values.reduce(0) { $0 + $1.count }
            try body(records)
        }
    }

    private struct StoredRow {
        var id: Int64
        var libraryCode: String
        var record: Record
    }

    private func batch(after: Int64, scope: [Int64]?) async throws -> [StoredRow] {
        let rows = try await database.withConnection { sql in
            var filter: SQLQueryString = "r.deleted = \(bind: false) AND r.id > \(bind: after)"
            if let scope { filter = filter + " AND r.library_id IN (\(SQLList(scope.map { SQLBind($0) })))" }
            return try await sql.raw(
                """
                SELECT r.id, r.format, r.marc, l.code FROM bib_source_record r
                JOIN org_library l ON l.id = r.library_id
                WHERE \(filter) ORDER BY r.id LIMIT \(literal: batchSize)
                """
            ).all()
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int64.self)
            let bytes = [UInt8](try row.decode(column: "marc", as: Data.self))
            guard
                let record = StoredRecordCodec.decode(
                    format: try row.decode(column: "format", as: String.self), bytes: bytes)
            else { throw PinakesError.conflict("record \(id) is stored in a form that cannot be read") }
            return StoredRow(id: id, libraryCode: try row.decode(column: "code", as: String.self), record: record)
        }
    }

    private func copies(of rows: [StoredRow], codes: [Int64: String]) async throws -> [Int64: [ExportedCopy]] {
        let owners = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.libraryCode) })
        let found = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT record_id, barcode, library_id, location, call_number, item_type, status FROM item_copy
                WHERE record_id IN (\(SQLList(rows.map { SQLBind($0.id) }))) ORDER BY record_id, id
                """
            ).all()
        }
        var copies: [Int64: [ExportedCopy]] = [:]
        for row in found {
            let values = RowReader(row)
            let recordID = try row.decode(column: "record_id", as: Int64.self)
            let libraryID = try row.decode(column: "library_id", as: Int64.self)
            copies[recordID, default: []].append(
                ExportedCopy(
                    barcode: try row.decode(column: "barcode", as: String.self),
                    owningLibraryCode: owners[recordID] ?? "", libraryCode: codes[libraryID] ?? "",
                    location: try values.string("location"), callNumber: try values.string("call_number"),
                    itemType: try values.string("item_type"),
                    status: ItemStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .available))
        }
        return copies
    }
}
