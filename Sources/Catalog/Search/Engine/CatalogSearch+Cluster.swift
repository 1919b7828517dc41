import Foundation
import MARC
import PinakesCore
import SQLKit

extension CatalogSearch {
    /// One title with its members and holdings nearest first from `homeLibrary`; `PinakesError.notFound`.
    public func cluster(id: Int64, homeLibrary: String? = nil) async throws -> ClusterDetail {
        let directory = try await LibraryIndex(libraries.all())
        let home = try homeLibrary.map { try directory.require($0) }
        guard let title = try await results([id], scores: nil, directory: directory, home: home).first else {
            throw PinakesError.notFound("no title \(id) in the catalogue")
        }
        let members = try await reading { sql in
            try await sql.raw(
                """
                SELECT r.id, l.code, r.source_id, r.title, r.quality, r.cluster_pinned
                FROM bib_source_record r JOIN org_library l ON l.id = r.library_id
                WHERE r.cluster_id = \(bind: id) AND r.deleted = \(bind: false)
                ORDER BY r.quality DESC, r.id
                """
            ).all().map { row in
                let recordID = try row.decode(column: "id", as: Int64.self)
                return ClusterMember(
                    id: recordID, library: try row.decode(column: "code", as: String.self),
                    sourceID: try row.decode(column: "source_id", as: String.self),
                    title: try row.decode(column: "title", as: String.self),
                    quality: Int(try row.decode(column: "quality", as: Int64.self)),
                    pinned: try row.decode(column: "cluster_pinned", as: Bool.self),
                    isDisplayRecord: recordID == title.displayRecordID)
            }
        }
        let display = try await record(id: title.displayRecordID)
        let summary = BibliographicSummary(display.marc)
        return ClusterDetail(
            title: title, subjects: summary.subjects, series: summary.series,
            statementOfResponsibility: summary.statementOfResponsibility, place: summary.place,
            extent: summary.extent, dateText: summary.dateText,
            classifications: summary.classifications.reduce(into: [ClassNumber]()) { numbers, number in
                let entry = ClassNumber(scheme: RecordFacts.schemeName(number.scheme), number: number.number)
                if !numbers.contains(entry) { numbers.append(entry) }
            },
            members: members)
    }

    /// One member record as stored; `PinakesError.notFound`.
    public func record(id: Int64) async throws -> MemberRecord {
        let row = try await reading { sql in
            try await sql.raw(
                """
                SELECT r.id, l.code, r.source_id, r.version, r.cluster_id, r.deleted, r.updated_at, r.format, r.marc
                FROM bib_source_record r JOIN org_library l ON l.id = r.library_id WHERE r.id = \(bind: id)
                """
            ).first()
        }
        guard let row else { throw PinakesError.notFound("no record \(id) in the catalogue") }
        return try Self.memberRecord(from: row)
    }
}
