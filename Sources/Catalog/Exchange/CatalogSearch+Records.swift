import Foundation
import MARC
import PinakesCore
import SQLKit

extension CatalogSearch {
    /// Member records as stored, in the order of `ids`; ids that do not exist are left out. One query for the
    /// whole page, for the protocols (SRU, Z39.50, OAI-PMH) that send records in bulk.
    public func records(ids: [Int64]) async throws -> [MemberRecord] {
        guard !ids.isEmpty else { return [] }
        var found: [Int64: MemberRecord] = [:]
        for chunk in ids.chunked(500) {
            let rows = try await reading { sql in
                try await sql.raw(
                    """
                    SELECT r.id, l.code, r.source_id, r.version, r.cluster_id, r.deleted, r.updated_at, r.format,
                        r.marc
                    FROM bib_source_record r JOIN org_library l ON l.id = r.library_id
                    WHERE r.id IN (\(SQLList(chunk.map { SQLBind($0) })))
                    """
                ).all()
            }
            for row in rows {
                let record = try Self.memberRecord(from: row)
                found[record.id] = record
            }
        }
        return ids.compactMap { found[$0] }
    }

    /// A member record from a row with the columns `record(id:)` reads; `PinakesError.conflict` when its bytes
    /// cannot be read back.
    static func memberRecord(from row: any SQLRow) throws -> MemberRecord {
        let id = try row.decode(column: "id", as: Int64.self)
        let bytes = [UInt8](try row.decode(column: "marc", as: Data.self))
        let format = try row.decode(column: "format", as: String.self)
        guard let marc = StoredRecordCodec.decode(format: format, bytes: bytes) else {
            throw PinakesError.conflict("record \(id) is stored in a form that cannot be read")
        }
        return MemberRecord(
            id: id, library: try row.decode(column: "code", as: String.self),
            sourceID: try row.decode(column: "source_id", as: String.self),
            version: try row.decode(column: "version", as: Int64.self),
            clusterID: try row.decode(column: "cluster_id", as: Int64?.self),
            deleted: try row.decode(column: "deleted", as: Bool.self),
            updatedAt: try row.decode(column: "updated_at", as: Int64.self), marc: marc)
    }
}
