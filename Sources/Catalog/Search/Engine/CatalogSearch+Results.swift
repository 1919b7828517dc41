import Consortium
import Foundation
import PinakesCore
import SQLKit

extension CatalogSearch {
    /// The page's titles from their display records, with holdings nearest first from `home`.
    func results(_ clusters: [Int64], scores: [Double]?, directory: LibraryIndex, home: Library?) async throws
        -> [SearchResult]
    {
        guard !clusters.isEmpty else { return [] }
        let (displays, holdings) = try await reading { sql in
            let rows = try await sql.raw(
                """
                SELECT c.id, c.record_count, c.display_record_id, r.display
                FROM bib_cluster c JOIN bib_source_record r ON r.id = c.display_record_id
                WHERE c.id IN (\(binds: clusters))
                """
            ).all()
            var displays: [Int64: (count: Int, record: Int64, display: RecordFacts.Display?)] = [:]
            let decoder = JSONDecoder()
            for row in rows {
                let json = try row.decode(column: "display", as: String.self)
                displays[try row.decode(column: "id", as: Int64.self)] = (
                    Int(try row.decode(column: "record_count", as: Int64.self)),
                    try row.decode(column: "display_record_id", as: Int64.self),
                    try? decoder.decode(RecordFacts.Display.self, from: Data(json.utf8))
                )
            }
            let holdings = try await HoldingsReader.holdings(of: clusters, directory: directory, home: home, sql: sql)
            return (displays, holdings)
        }
        return clusters.enumerated().compactMap { index, id in
            guard let found = displays[id] else { return nil }
            let display = found.display
            return SearchResult(
                id: id, title: display?.title ?? "", titleOriginal: display?.titleOriginal,
                authors: display?.authors ?? [], authorsOriginal: display?.authorsOriginal ?? [],
                year: display?.year, isbns: display?.isbns ?? [], issns: display?.issns ?? [],
                format: display?.format ?? "unknown", languages: display?.languages ?? [],
                publisher: display?.publisher, edition: display?.edition, displayRecordID: found.record,
                recordCount: found.count, holdings: holdings[id] ?? [], score: scores?[index] ?? 0)
        }
    }
}

/// Reads the copies of clusters and groups them per library.
enum HoldingsReader {
    static func holdings(of clusters: [Int64], directory: LibraryIndex, home: Library?, sql: any SQLDatabase)
        async throws -> [Int64: [LibraryHoldings]]
    {
        var byCluster: [Int64: [Int64: LibraryHoldings]] = [:]
        for chunk in clusters.chunked(400) {
            let rows = try await sql.raw(
                """
                SELECT r.cluster_id AS cluster, r.library_id AS source, i.barcode, i.library_id AS holder, i.status,
                    i.due_at, i.call_number, i.location, i.item_type
                FROM bib_source_record r LEFT JOIN item_copy i ON i.record_id = r.id
                WHERE r.cluster_id IN (\(binds: Array(chunk))) AND r.deleted = \(bind: false)
                ORDER BY i.barcode
                """
            ).all()
            for row in rows {
                let cluster = try row.decode(column: "cluster", as: Int64.self)
                let holder = try row.decode(column: "holder", as: Int64?.self)
                let libraryID = try holder ?? row.decode(column: "source", as: Int64.self)
                guard let library = directory.byID[libraryID] else { continue }
                var entry =
                    byCluster[cluster]?[libraryID]
                    ?? LibraryHoldings(
                        library: library.code, name: library.name, nameZh: library.nameZh,
                        distanceKm: LibraryIndex.distance(from: home, to: library), total: 0, available: 0, items: [])
                if holder != nil, let barcode = try row.decode(column: "barcode", as: String?.self) {
                    let status = try row.decode(column: "status", as: String.self)
                    entry.items.append(
                        ItemHolding(
                            barcode: barcode, status: status, dueAt: try row.decode(column: "due_at", as: Int64?.self),
                            callNumber: try row.decode(column: "call_number", as: String?.self),
                            location: try row.decode(column: "location", as: String?.self),
                            itemType: try row.decode(column: "item_type", as: String?.self)))
                    entry.total += 1
                    if status == ItemStatus.available.rawValue { entry.available += 1 }
                }
                byCluster[cluster, default: [:]][libraryID] = entry
            }
        }
        return byCluster.mapValues { libraries in
            libraries.values.sorted { lhs, rhs in
                let left = (lhs.distanceKm ?? .infinity, lhs.available == 0 ? 1 : 0, lhs.library)
                let right = (rhs.distanceKm ?? .infinity, rhs.available == 0 ? 1 : 0, rhs.library)
                return left < right
            }
        }
    }
}
