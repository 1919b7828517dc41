import Consortium
import PinakesCore
import SQLKit

/// The reads and writes circulation makes on `item_copy`, inside circulation's own transactions. The SQL stays
/// here, with the module that owns the table.
extension CatalogStore {
    private static let copyColumns = """
        SELECT i.id, i.barcode, i.library_id, l.code, i.record_id, r.cluster_id, i.item_type, i.status, i.due_at,
            i.call_number, i.location, r.display
        FROM item_copy i JOIN org_library l ON l.id = i.library_id JOIN bib_source_record r ON r.id = i.record_id
        """

    /// The copy with this barcode, read in `sql`'s transaction.
    public static func circulationCopy(barcode: String, on sql: any SQLDatabase) async throws -> CirculationCopy? {
        try await sql.raw("\(unsafeRaw: copyColumns) WHERE i.barcode = \(bind: barcode)").first()
            .map(circulationCopy(from:))
    }

    /// The copy with this id.
    public static func circulationCopy(id: Int64, on sql: any SQLDatabase) async throws -> CirculationCopy? {
        try await sql.raw("\(unsafeRaw: copyColumns) WHERE i.id = \(bind: id)").first().map(circulationCopy(from:))
    }

    /// Every copy of a union-catalogue title, from all member libraries.
    public static func circulationCopies(cluster: Int64, on sql: any SQLDatabase) async throws -> [CirculationCopy] {
        try await sql.raw(
            "\(unsafeRaw: copyColumns) WHERE r.cluster_id = \(bind: cluster) AND r.deleted = \(bind: false)"
        )
        .all().map(circulationCopy(from:))
    }

    /// Every copy with one of these ids.
    public static func circulationCopies(ids: [Int64], on sql: any SQLDatabase) async throws -> [CirculationCopy] {
        var copies: [CirculationCopy] = []
        for chunk in ids.chunked(400) {
            copies += try await sql.raw("\(unsafeRaw: copyColumns) WHERE i.id IN (\(binds: Array(chunk)))").all()
                .map(circulationCopy(from:))
        }
        return copies
    }

    /// Moves a copy to `status` (and owner `library`, for a floating copy left elsewhere) with its due date,
    /// and refreshes which libraries of its title have a copy on the shelf.
    public static func setCirculationStatus(
        of copy: CirculationCopy, to status: ItemStatus, dueAt: Int64?, library: Identifier<Library>? = nil,
        at: Int64, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE item_copy SET status = \(bind: status.rawValue), due_at = \(bind: dueAt),
                library_id = \(bind: (library ?? copy.libraryID).rawValue), updated_at = \(bind: at)
            WHERE id = \(bind: copy.id.rawValue)
            """
        ).run()
        let availabilityChanged = (status == .available) != (copy.status == .available) || library != nil
        if availabilityChanged, let cluster = copy.clusterID {
            try await ClusterMaintenance.refreshHoldings([cluster], sql: sql)
        }
    }

    static func circulationCopy(from row: any SQLRow) throws -> CirculationCopy {
        let read = RowReader(row)
        let barcode = try row.decode(column: "barcode", as: String.self)
        return CirculationCopy(
            id: Identifier(try row.decode(column: "id", as: Int64.self)), barcode: barcode,
            libraryID: Identifier(try row.decode(column: "library_id", as: Int64.self)),
            libraryCode: try row.decode(column: "code", as: String.self),
            recordID: try row.decode(column: "record_id", as: Int64.self), clusterID: try read.int64("cluster_id"),
            itemType: try read.string("item_type"),
            status: ItemStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .available,
            dueAt: try read.int64("due_at"), callNumber: try read.string("call_number"),
            location: try read.string("location"),
            title: CirculationCopy.title(fromDisplay: try read.string("display"), fallback: barcode))
    }
}

extension CatalogStore {
    /// Copies on the shelf of these titles, for the holds targeter.
    public static func availableCopies(clusters: [Int64], on sql: any SQLDatabase) async throws -> [CirculationCopy] {
        guard !clusters.isEmpty else { return [] }
        return try await sql.raw(
            """
            SELECT i.id, i.barcode, i.library_id, l.code, i.record_id, r.cluster_id, i.item_type, i.status, i.due_at,
                i.call_number, i.location, '' AS display
            FROM item_copy i JOIN org_library l ON l.id = i.library_id JOIN bib_source_record r ON r.id = i.record_id
            WHERE r.cluster_id IN (\(binds: clusters)) AND i.status = \(bind: ItemStatus.available.rawValue)
                AND r.deleted = \(bind: false)
            """
        ).all().map(circulationCopy(from:))
    }
}
