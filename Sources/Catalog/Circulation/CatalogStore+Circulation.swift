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
        guard let cluster = copy.clusterID else { return }
        if let library, library != copy.libraryID {
            // A floating copy changes owner: which libraries hold the title changes too.
            try await ClusterMaintenance.refreshHoldings([cluster], sql: sql)
        } else if status == .available, copy.status != .available {
            try await markAvailable(cluster: cluster, at: copy.libraryID, on: sql)
        } else if status != .available, copy.status == .available {
            try await markUnavailable(cluster: cluster, at: copy.libraryID, unless: copy.id, on: sql)
        }
    }

    /// Adds the library to the title's on-shelf list (` id id `), in one statement: a checkout must stay cheap.
    static func markAvailable(cluster: Int64, at library: Identifier<Library>, on sql: any SQLDatabase) async throws {
        let entry = " \(library.rawValue) "
        try await sql.raw(
            """
            UPDATE bib_cluster SET available_at = CASE
                WHEN available_at LIKE \(bind: "%" + entry + "%") THEN available_at
                WHEN available_at = '' THEN \(bind: entry)
                ELSE available_at || \(bind: String(entry.dropFirst())) END
            WHERE id = \(bind: cluster)
            """
        ).run()
    }

    /// Takes the library off the title's on-shelf list unless another of its copies there is still on the shelf.
    /// The unary `+` keeps SQLite from walking a whole library's copies by `item_copy_library` instead of the
    /// title's few records.
    static func markUnavailable(
        cluster: Int64, at library: Identifier<Library>, unless copy: Identifier<Item>, on sql: any SQLDatabase
    ) async throws {
        let entry = " \(library.rawValue) "
        try await sql.raw(
            """
            UPDATE bib_cluster SET available_at = CASE
                WHEN REPLACE(available_at, \(bind: entry), ' ') = ' ' THEN ''
                ELSE REPLACE(available_at, \(bind: entry), ' ') END
            WHERE id = \(bind: cluster) AND available_at LIKE \(bind: "%" + entry + "%") AND NOT EXISTS (
                SELECT 1 FROM bib_source_record r JOIN item_copy i ON i.record_id = r.id
                WHERE r.cluster_id = \(bind: cluster) AND +i.library_id = \(bind: library.rawValue)
                    AND i.status = \(bind: ItemStatus.available.rawValue) AND i.id <> \(bind: copy.rawValue)
                    AND r.deleted = \(bind: false))
            """
        ).run()
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
