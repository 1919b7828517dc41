import Foundation
import PinakesCore
import SQLKit

/// Writes the circulation tables as CSV files for `pinakes export circulation`: readers (personal data), loans
/// open and closed, holds, transits, fines and payments. Times are ISO 8601 (UTC), money in cents as stored.
///
/// Each file is read in batches by id, so memory stays flat and no long transaction holds the servers back.
public struct CirculationExport: Sendable {
    public let database: Database
    /// Rows read per batch.
    public var batchSize: Int

    public init(database: Database, batchSize: Int = 1_000) {
        self.database = database
        self.batchSize = batchSize
    }

    /// Writes every file into `directory` (created when missing) and returns each file's name and row count.
    public func write(toDirectory directory: String) async throws -> [(file: String, rows: Int)] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription
            throw PinakesError.invalidInput(
                "cannot create the folder \(directory): \(reason ?? error.localizedDescription)")
        }
        var written: [(String, Int)] = []
        for table in CirculationExportTable.all {
            let path = (directory as NSString).appendingPathComponent(table.file)
            let writer = try CSVWriter(path: path, header: table.columns.map(\.header))
            var after: Int64 = 0
            while let last = try await copy(table, after: after, into: writer) { after = last }
            try writer.finish()
            written.append((table.file, writer.rowCount))
        }
        return written
    }

    /// Writes one batch after id `after`; returns the last id written, nil when there were no more rows.
    private func copy(_ table: CirculationExportTable, after: Int64, into writer: CSVWriter) async throws -> Int64? {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                SQLQueryString(table.select) + " WHERE \(unsafeRaw: table.key) > \(bind: after) ORDER BY "
                    + "\(unsafeRaw: table.key) LIMIT \(literal: batchSize)"
            ).all()
        }
        for row in rows { try writer.write(try table.columns.map { try $0.text(in: row) }) }
        return try rows.last.map { try $0.decode(column: "id", as: Int64.self) }
    }
}

/// One CSV file of the circulation export: its query and its columns.
struct CirculationExportTable: Sendable {
    /// How a column's value becomes text.
    enum Kind: Sendable {
        case text, integer, time, flag
    }

    struct Column: Sendable {
        var header: String
        var name: String
        var kind: Kind

        func text(in row: any SQLRow) throws -> String? {
            let values = RowReader(row)
            switch kind {
            case .text: return try values.string(name)
            case .integer: return try values.int64(name).map(String.init)
            case .flag: return try values.int64(name).map { $0 != 0 ? "true" : "false" }
            case .time:
                return try values.int64(name).map { Date(timeIntervalSince1970: TimeInterval($0)).ISO8601Format() }
            }
        }
    }

    var file: String
    /// The SELECT … FROM … JOIN … part; the export adds the id range, order and limit. It must return `id`.
    var select: String
    /// The qualified id column to page on.
    var key: String
    var columns: [Column]
}
