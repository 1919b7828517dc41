import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@testable import Catalog

/// Thrown from an import's progress report to stop it the way a kill would, after whole batches.
private struct Interrupted: Error {}

/// 120 records in batches of 20, each with one item; the last 20 repeat the control numbers of the first 20, so a
/// resumed import must remember numbers it met before the checkpoint to store them as `r0#2` … like a clean one.
private func records(count: Int = 120) -> [Record] {
    (0..<count).map { index in
        SampleRecords.book(
            id: "r\(index % 100)", title: "Resumable title \(index)", items: [(barcode: "B\(index)", library: "CEN")])
    }
}

private let batchOptions = ImportOptions(batchSize: 20)

/// Imports `path` and stops it once `stopAt` records have been read: the batches handed on by then are committed.
private func interruptedImport(_ node: PinakesNode, _ path: String, stopAt: Int = 60) async throws {
    await #expect(throws: Interrupted.self) {
        _ = try await node.importer.importFile(path, libraryCode: "CEN", options: batchOptions, actor: "test") {
            progress in
            if progress.recordsRead >= stopAt { throw Interrupted() }
        }
    }
}

/// One integer from the first row of `query`.
private func value(_ node: PinakesNode, _ query: String) async throws -> Int? {
    try await node.database.withConnection { sql in
        try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int64?.self).map(Int.init)
    }
}

/// What a clean import leaves, to compare a resumed one with: source id, content hash and version of each record.
private func storedRecords(_ node: PinakesNode) async throws -> [String] {
    try await node.database.withConnection { sql in
        try await sql.raw(
            "SELECT source_id, content_hash, version FROM bib_source_record ORDER BY source_id"
        ).all().map { row in
            "\(try row.decode(column: "source_id", as: String.self)) \(try row.decode(column: "content_hash", as: String.self)) "
                + "\(try row.decode(column: "version", as: Int64.self))"
        }
    }
}

private final class Announcements: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite struct InterruptedImportResumesAtItsCheckpoint {
    @Test(arguments: TestDatabase.backends)
    func resumingSkipsExactlyTheCommittedRecordsAndEndsLikeACleanImport(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        defer { Task { await node.shutdown() } }
        let path = try SampleRecords.file(records())
        try await interruptedImport(node, path)
        // Three batches were handed on before the stop, and all three committed with their checkpoint.
        let run = try #require(try await value(node, "SELECT MAX(id) AS n FROM bib_import_run"))
        #expect(try await value(node, "SELECT records_consumed AS n FROM bib_import_run WHERE id = \(run)") == 60)
        #expect(try await value(node, "SELECT records_new AS n FROM bib_import_run WHERE id = \(run)") == 60)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM bib_source_record WHERE import_run_id = \(run)") == 60)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM item_copy") == 60)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM bib_import_ledger WHERE run_id = \(run)") == 3)
        let offset = try #require(
            try await value(node, "SELECT byte_offset AS n FROM bib_import_run WHERE id = \(run)"))
        let prefix = try ISO2709Writer.bytes(Array(records().prefix(60)))
        #expect(offset == prefix.count)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM bib_import_run WHERE finished_at IS NULL") == 1)

        let said = Announcements()
        let summary = try await node.importer.importFile(
            path, libraryCode: "CEN", options: batchOptions, actor: "test", announce: { said.add($0) })
        #expect(summary.runID == Int64(run))
        #expect(summary.resumedFrom?.recordsConsumed == 60)
        let resuming = "resuming run #\(run) of \(path) at record 61 (byte \(InterruptedRun.grouped(offset)))"
        #expect(said.all.contains(resuming))
        // Nothing before the checkpoint was read again: no record counts as unchanged.
        #expect((summary.read, summary.new, summary.unchanged, summary.updated) == (120, 120, 0, 0))
        #expect(summary.itemsNew == 120)
        #expect(summary.notes.filter { $0.contains("repeats in this file") }.count == 20)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM bib_import_run") == 1)
        #expect(try await value(node, "SELECT resumes AS n FROM bib_import_run WHERE id = \(run)") == 1)
        #expect(try await value(node, "SELECT records_read AS n FROM bib_import_run WHERE id = \(run)") == 120)
        #expect(try await value(node, "SELECT COUNT(*) AS n FROM bib_import_ledger") == 0)
        let status = try await node.catalog.importRuns(limit: 5, libraries: nil).first?.status
        #expect(status == "finished (resumed 1×)")

        let clean = try await consortium(backend)
        defer { Task { await clean.shutdown() } }
        _ = try await clean.importer.importFile(path, libraryCode: "CEN", options: batchOptions, actor: "test")
        #expect(try await storedRecords(node) == storedRecords(clean))
        #expect(try await storedRecords(node).contains { $0.hasPrefix("r0#2 ") })
    }

    @Test(arguments: TestDatabase.backends)
    func marcxmlResumesByRecordCount(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        defer { Task { await node.shutdown() } }
        let path = Fixtures.temporaryFile(Array(MARCXMLWriter.document(records()).utf8), name: "records.xml")
        try await interruptedImport(node, path, stopAt: 40)
        let summary = try await node.importer.importFile(path, libraryCode: "CEN", options: batchOptions, actor: "test")
        #expect(summary.resumedFrom?.recordsConsumed == 40)
        #expect((summary.read, summary.new, summary.unchanged) == (120, 120, 0))
    }

    @Test(arguments: TestDatabase.backends)
    func aChangedFileStartsANewRunAndAbandonsTheInterruptedOne(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        defer { Task { await node.shutdown() } }
        let path = try SampleRecords.file(records())
        try await interruptedImport(node, path)
        FileManager.default.createFile(atPath: path, contents: Data(try ISO2709Writer.bytes(records(count: 121))))
        let said = Announcements()
        let summary = try await node.importer.importFile(
            path, libraryCode: "CEN", options: batchOptions, actor: "test", announce: { said.add($0) })
        #expect(summary.resumedFrom == nil)
        #expect(said.all.contains { $0.contains("abandoned interrupted run #") && $0.contains("size changed") })
        // The committed records are compared again, as in any re-import.
        #expect((summary.read, summary.new, summary.unchanged) == (121, 61, 60))
        let runs = try await node.catalog.importRuns(limit: 5, libraries: nil)
        #expect(runs.map(\.status) == ["finished", "abandoned"])
    }

    @Test(arguments: TestDatabase.backends)
    func restartAbandonsTheInterruptedRunAndReadsTheFileAgain(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        defer { Task { await node.shutdown() } }
        let path = try SampleRecords.file(records())
        try await interruptedImport(node, path)
        var options = batchOptions
        options.restart = true
        let summary = try await node.importer.importFile(path, libraryCode: "CEN", options: options, actor: "test")
        #expect(summary.resumedFrom == nil)
        #expect((summary.read, summary.new, summary.unchanged) == (120, 60, 60))
        let runs = try await node.catalog.importRuns(limit: 5, libraries: nil)
        #expect(runs.map(\.status) == ["finished", "abandoned"])
        // A finished run is never resumed: the next import is a new run that finds everything unchanged.
        let again = try await node.importer.importFile(path, libraryCode: "CEN", options: batchOptions, actor: "test")
        #expect(again.resumedFrom == nil && again.unchanged == 120)
    }

    @Test(arguments: TestDatabase.backends)
    func aRunWhoseProcessIsGoneIsListedAsInterrupted(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        defer { Task { await node.shutdown() } }
        let path = try SampleRecords.file(records())
        try await interruptedImport(node, path)
        #expect(try await node.catalog.importRuns(limit: 1, libraries: nil).first?.status == "running")
        // A process of this host that has ended (pid 0 is never a user process; a huge pid does not exist).
        let host = ImportRunOwner.current.split(separator: "/").dropLast().joined(separator: "/")
        try await node.database.withConnection { sql in
            try await sql.raw("UPDATE bib_import_run SET owner = \(bind: host + "/4194303")").run()
        }
        let listed = try #require(try await node.catalog.importRuns(limit: 1, libraries: nil).first)
        #expect(listed.status == "interrupted" && listed.recordsConsumed == 60)
    }
}
