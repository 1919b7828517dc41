import Consortium
import PinakesCore
import SQLKit

/// Reads and staff edits of stored member records and items.
public struct CatalogStore: Sendable {
    public let database: Database
    public let clock: Clock

    public init(database: Database, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Records (not deleted) and items held per library id.
    public func holdingsCounts() async throws -> [Int64: (records: Int, items: Int)] {
        let (records, items) = try await database.withConnection { sql in
            let records = try await sql.raw(
                "SELECT library_id, COUNT(*) AS n FROM bib_source_record WHERE deleted = \(bind: false) GROUP BY library_id"
            ).all()
            let items = try await sql.raw("SELECT library_id, COUNT(*) AS n FROM item_copy GROUP BY library_id").all()
            return (records, items)
        }
        var counts: [Int64: (records: Int, items: Int)] = [:]
        for row in records {
            let id = try row.decode(column: "library_id", as: Int64.self)
            counts[id, default: (0, 0)].records = Int(try row.decode(column: "n", as: Int64.self))
        }
        for row in items {
            let id = try row.decode(column: "library_id", as: Int64.self)
            counts[id, default: (0, 0)].items = Int(try row.decode(column: "n", as: Int64.self))
        }
        return counts
    }

    /// The item with this barcode.
    public func item(barcode: String) async throws -> Item? {
        let row = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT i.id, i.barcode, i.library_id, l.code, i.record_id, i.location, i.call_number, i.item_type,
                    i.status
                FROM item_copy i JOIN org_library l ON l.id = i.library_id WHERE i.barcode = \(bind: barcode)
                """
            ).first()
        }
        return try row.map(Self.item(from:))
    }

    /// Applies a staff change to an item; `mayManage` decides for the item's current and new library.
    public func update(
        barcode: String, change: ItemChange, actor: String, mayManage: (Identifier<Library>) -> Bool
    ) async throws -> Item {
        guard let item = try await item(barcode: barcode) else {
            throw PinakesError.notFound("no item with barcode \(barcode)")
        }
        guard mayManage(item.libraryID) else {
            throw PinakesError.forbidden(
                "item \(barcode) belongs to \(item.libraryCode), which is outside your libraries")
        }
        var target = item.libraryID
        if let code = change.libraryCode {
            let library = try await LibraryDirectory(database: database, clock: clock).require(code: code)
            guard mayManage(library.id) else {
                throw PinakesError.forbidden(
                    "you cannot move items to \(library.code), which is outside your libraries")
            }
            target = library.id
        }
        let now = clock.epochSeconds
        try await database.transaction { sql in
            try await sql.update("item_copy")
                .set("library_id", to: SQLBind(target.rawValue))
                .set("location", to: SQLBind(change.location ?? item.location))
                .set("call_number", to: SQLBind(change.callNumber ?? item.callNumber))
                .set("item_type", to: SQLBind(change.itemType ?? item.itemType))
                .set("status", to: SQLBind((change.status ?? item.status).rawValue))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(item.id.rawValue))
                .run()
            let cluster = try await sql.raw(
                "SELECT cluster_id FROM bib_source_record WHERE id = \(bind: item.recordID)"
            ).first()?.decode(column: "cluster_id", as: Int64?.self)
            if let cluster { try await ClusterMaintenance.refreshHoldings([cluster], sql: sql) }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "item.update", entity: "item", entityID: barcode,
                detail: Self.describe(change))
        }
        guard let updated = try await self.item(barcode: barcode) else {
            throw PinakesError.notFound("no item with barcode \(barcode)")
        }
        return updated
    }

    static func describe(_ change: ItemChange) -> String {
        var parts: [String] = []
        if let value = change.libraryCode { parts.append("library=\(value)") }
        if let value = change.location { parts.append("location=\(value)") }
        if let value = change.callNumber { parts.append("callNumber=\(value)") }
        if let value = change.itemType { parts.append("itemType=\(value)") }
        if let value = change.status { parts.append("status=\(value.rawValue)") }
        return parts.joined(separator: " ")
    }

    static func item(from row: any SQLRow) throws -> Item {
        Item(
            id: Identifier(try row.decode(column: "id", as: Int64.self)),
            barcode: try row.decode(column: "barcode", as: String.self),
            libraryID: Identifier(try row.decode(column: "library_id", as: Int64.self)),
            libraryCode: try row.decode(column: "code", as: String.self),
            recordID: try row.decode(column: "record_id", as: Int64.self),
            location: try row.decode(column: "location", as: String?.self),
            callNumber: try row.decode(column: "call_number", as: String?.self),
            itemType: try row.decode(column: "item_type", as: String?.self),
            status: ItemStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .available)
    }
}
