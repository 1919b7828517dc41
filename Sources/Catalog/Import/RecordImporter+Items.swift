import Consortium
import PinakesCore
import SQLKit

extension RecordImporter {
    struct StoredItem: Equatable {
        var id: Int64
        var recordID: Int64
        var libraryID: Int64
        var location: String?
        var callNumber: String?
        var itemType: String?
        var status: String
    }

    /// Inserts new items and refreshes known ones; a barcode already on another record is rejected, never moved.
    func storeItems(
        _ drafts: [SourceRecordDraft], recordIDs: [String: Int64], library: Library,
        itemLibraries: [String: Identifier<Library>], now: Int64, sql: any SQLDatabase, delta: inout ImportSummary,
        unknownCodes: inout [String: Int]
    ) async throws {
        var pending: [(number: Int, recordID: Int64, item: ImportedItem, libraryID: Int64)] = []
        var seen: [String: Int] = [:]
        for draft in drafts {
            guard let recordID = recordIDs[draft.sourceID] else { continue }
            for item in draft.items {
                if let first = seen[item.barcode] {
                    delta.itemsRejected.append(
                        .init(
                            recordNumber: draft.recordNumber,
                            reason: "duplicate barcode \(item.barcode) (also on record \(first) of this file)"))
                    continue
                }
                seen[item.barcode] = draft.recordNumber
                pending.append(
                    (draft.recordNumber, recordID, item, placement(item, library, itemLibraries, &unknownCodes)))
            }
        }
        let existing = try await existingItems(pending.map(\.item.barcode), sql: sql)
        var fresh: [(recordID: Int64, item: ImportedItem, libraryID: Int64)] = []
        for entry in pending {
            guard let stored = existing[entry.item.barcode] else {
                fresh.append((entry.recordID, entry.item, entry.libraryID))
                continue
            }
            guard stored.recordID == entry.recordID else {
                delta.itemsRejected.append(
                    .init(
                        recordNumber: entry.number,
                        reason: "barcode \(entry.item.barcode) already belongs to catalogue record \(stored.recordID)"))
                continue
            }
            let wanted = StoredItem(
                id: stored.id, recordID: entry.recordID, libraryID: entry.libraryID, location: entry.item.location,
                callNumber: entry.item.callNumber, itemType: entry.item.itemType, status: stored.status)
            if wanted != stored {
                try await sql.update("item_copy")
                    .set("library_id", to: SQLBind(wanted.libraryID))
                    .set("location", to: SQLBind(wanted.location))
                    .set("call_number", to: SQLBind(wanted.callNumber))
                    .set("item_type", to: SQLBind(wanted.itemType))
                    .set("updated_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(stored.id))
                    .run()
                delta.itemsUpdated += 1
            }
        }
        try await insertItems(fresh, library: library, now: now, sql: sql)
        delta.itemsNew += fresh.count
    }

    /// The library an item goes to: its own code when that is the importing library or below it.
    private func placement(
        _ item: ImportedItem, _ library: Library, _ itemLibraries: [String: Identifier<Library>],
        _ unknownCodes: inout [String: Int]
    ) -> Int64 {
        guard let code = item.libraryCode?.uppercased(), !code.isEmpty else { return library.id.rawValue }
        if let id = itemLibraries[code] { return id.rawValue }
        unknownCodes[code, default: 0] += 1
        return library.id.rawValue
    }

    private func existingItems(_ barcodes: [String], sql: any SQLDatabase) async throws -> [String: StoredItem] {
        var result: [String: StoredItem] = [:]
        for chunk in barcodes.chunked(500) {
            let rows = try await sql.select()
                .columns("id", "barcode", "record_id", "library_id", "location", "call_number", "item_type", "status")
                .from("item_copy")
                .where(SQLColumn("barcode"), .in, SQLGroupExpression(chunk.map { SQLBind($0) }))
                .all()
            for row in rows {
                result[try row.decode(column: "barcode", as: String.self)] = StoredItem(
                    id: try row.decode(column: "id", as: Int64.self),
                    recordID: try row.decode(column: "record_id", as: Int64.self),
                    libraryID: try row.decode(column: "library_id", as: Int64.self),
                    location: try row.decode(column: "location", as: String?.self),
                    callNumber: try row.decode(column: "call_number", as: String?.self),
                    itemType: try row.decode(column: "item_type", as: String?.self),
                    status: try row.decode(column: "status", as: String.self))
            }
        }
        return result
    }

    private func insertItems(
        _ items: [(recordID: Int64, item: ImportedItem, libraryID: Int64)], library: Library, now: Int64,
        sql: any SQLDatabase
    ) async throws {
        for chunk in items.chunked(300) {
            let insert = sql.insert(into: "item_copy")
                .columns(
                    "barcode", "library_id", "record_id", "source_library_code", "location", "call_number",
                    "item_type", "status", "created_at", "updated_at")
            for entry in chunk {
                insert.values(
                    SQLBind(entry.item.barcode), SQLBind(entry.libraryID), SQLBind(entry.recordID),
                    SQLBind(entry.item.libraryCode), SQLBind(entry.item.location), SQLBind(entry.item.callNumber),
                    SQLBind(entry.item.itemType), SQLBind(entry.item.status.rawValue), SQLBind(now), SQLBind(now))
            }
            try await insert.run()
        }
    }
}
