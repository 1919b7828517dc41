import Consortium
import Foundation
import MARC
import PinakesCore
import SQLKit

/// Loads a member library's MARC file into the catalogue: records as received, new versions for changed
/// records, deletions from leader/05 `d`, and items through holdings profiles. Each batch is one transaction,
/// so an interrupted import leaves whole batches behind and running it again finishes the job.
public struct RecordImporter: Sendable {
    public let database: Database
    public let clock: Clock

    public init(database: Database, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Imports `path` for the library `libraryCode`; throws when the library is unknown or nothing could be read.
    public func importFile(
        _ path: String, libraryCode: String, options: ImportOptions = ImportOptions(), actor: String,
        progress: @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        let directory = LibraryDirectory(database: database, clock: clock)
        let library = try await directory.require(code: libraryCode)
        let itemLibraries = try await itemLibraryCodes(under: library, directory: directory)
        let source = try RecordFileReader(path: path, format: options.format, characterSet: options.characterSet)
        var tally = ImportTally(file: path)
        let runID = try await startRun(library: library, source: path, format: source.format.rawValue, actor: actor)
        tally.summary.runID = runID
        let started = Date()
        let profiles = options.profiles.isEmpty ? HoldingsProfiles.builtIn : options.profiles
        var batch: [SourceRecordDraft] = []
        func report(_ bytes: Int) {
            progress(
                ImportProgress(
                    file: path, recordsRead: tally.summary.read, bytesRead: bytes, totalBytes: source.totalBytes,
                    elapsedSeconds: Date().timeIntervalSince(started)))
        }
        // A pipeline: the next batch is read and described while the one before is written, in order.
        var writing: Task<BatchResult, any Error>?
        func hand(_ full: [SourceRecordDraft]) async throws {
            let described = Task { try await prepare(full, library: library) }
            if let previous = writing { try await previous.value.add(to: &tally) }
            writing = Task {
                try await store(
                    try await described.value, library: library, itemLibraries: itemLibraries, runID: runID,
                    actor: actor)
            }
        }
        while let record = source.next() {
            let draft = SourceRecordDraft.make(record, number: source.recordCount, profiles: profiles)
            guard let accepted = tally.accept(draft) else { continue }
            batch.append(accepted)
            if batch.count >= options.batchSize {
                try await hand(batch)
                batch.removeAll(keepingCapacity: true)
                report(source.bytesRead)
            }
        }
        if !batch.isEmpty { try await hand(batch) }
        if let previous = writing { try await previous.value.add(to: &tally) }
        report(source.totalBytes)
        tally.finish(libraryCode: library.code, diagnostics: source.diagnostics.map(\.description))
        try await finishRun(runID, summary: tally.summary)
        if tally.summary.read == 0 {
            throw PinakesError.invalidInput(
                "\(path): no MARC records could be read"
                    + (tally.summary.diagnostics.first.map { " (\($0))" } ?? ""))
        }
        return tally.summary
    }

    /// Codes of the import library and everything below it, for placing items.
    private func itemLibraryCodes(under library: Library, directory: LibraryDirectory) async throws
        -> [String: Identifier<Library>]
    {
        let all = try await directory.all()
        let subtree = LibraryTree(all).subtree(of: library.id)
        var codes: [String: Identifier<Library>] = [:]
        for member in all where subtree.contains(member.id) { codes[member.code] = member.id }
        return codes
    }
}
