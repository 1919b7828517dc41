import Foundation
import MARC
import PinakesCore
import SQLKit

extension CatalogStore {
    /// Describes and indexes member records again: those never indexed (`onlyMissing`, e.g. records stored
    /// before the search index existed), or all of them. Returns how many records were indexed.
    @discardableResult
    public func rebuildSearchIndex(onlyMissing: Bool = true, batchSize: Int = 500) async throws -> Int {
        var lastID: Int64 = 0
        var total = 0
        while true {
            let rows = try await database.withConnection { sql in
                try await sql.raw(
                    """
                    SELECT id, dialect, format, marc, cluster_id FROM bib_source_record
                    WHERE id > \(bind: lastID) AND deleted = \(bind: false)
                        \(unsafeRaw: onlyMissing ? "AND display = ''" : "")
                    ORDER BY id LIMIT \(literal: batchSize)
                    """
                ).all()
            }
            guard let last = rows.last else { return total }
            lastID = try last.decode(column: "id", as: Int64.self)
            var described: [(id: Int64, facts: RecordFacts)] = []
            var clusters: Set<Int64> = []
            for row in rows {
                let bytes = [UInt8](try row.decode(column: "marc", as: Data.self))
                guard
                    let record = StoredRecordCodec.decode(
                        format: try row.decode(column: "format", as: String.self), bytes: bytes)
                else { continue }
                let dialect: MARCDialect =
                    try row.decode(column: "dialect", as: String.self) == "unimarc" ? .unimarc : .marc21
                let summary = BibliographicSummary(record, dialect: dialect)
                described.append((try row.decode(column: "id", as: Int64.self), RecordFacts(record, summary: summary)))
                if let cluster = try row.decode(column: "cluster_id", as: Int64?.self) { clusters.insert(cluster) }
            }
            let now = clock.epochSeconds
            try await database.transaction { sql in
                for (id, facts) in described {
                    try await sql.update("bib_source_record")
                        .set("display", to: SQLBind(facts.displayJSON))
                        .set("year", to: SQLBind(facts.display.year.map(Int64.init)))
                        .set("material", to: SQLBind(facts.material))
                        .set("language", to: SQLBind(facts.language))
                        .set("class_code", to: SQLBind(facts.classCode))
                        .set("title_key", to: SQLBind(facts.titleKey))
                        .where("id", .equal, SQLBind(id))
                        .run()
                }
                try await SearchIndexWriter(backend: database.backend, sql: sql).write(
                    described.map { (id: $0.id, document: $0.facts.document) }, replacing: true)
                try await ClusterMaintenance.refresh(clusters, now: now, sql: sql)
                try await ClusterMaintenance.refreshHoldings(clusters, sql: sql)
            }
            total += described.count
        }
    }
}
