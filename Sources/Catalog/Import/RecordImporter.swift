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
    /// When the last import of the same, unchanged file was interrupted, this continues that run after its last
    /// committed batch (`announce` says so). `progress` may throw to stop the import: the batches committed so far
    /// stay, and the run stays open for the next import of the file to resume.
    public func importFile(
        _ path: String, libraryCode: String, options: ImportOptions = ImportOptions(), actor: String,
        progress: @Sendable (ImportProgress) throws -> Void = { _ in },
        announce: @Sendable (String) -> Void = { _ in }
    ) async throws -> ImportSummary {
        let directory = LibraryDirectory(database: database, clock: clock)
        let library = try await directory.require(code: libraryCode)
        let itemLibraries = try await itemLibraryCodes(under: library, directory: directory)
        let source = try RecordFileReader(path: path, format: options.format, characterSet: options.characterSet)
        let opened = try await openRun(
            for: try ImportInput.identify(path), library: library, format: source.format.rawValue, actor: actor,
            restart: options.restart, announce: announce)
        let runID = opened.runID
        var tally = opened.tally
        if let checkpoint = tally.summary.resumedFrom { try source.skip(to: checkpoint) }
        var batches = tally.summary.resumedFrom?.batches ?? 0
        let started = Date()
        let profiles = options.profiles.isEmpty ? HoldingsProfiles.builtIn : options.profiles
        var batch: [SourceRecordDraft] = []
        func report(_ bytes: Int) throws {
            try progress(
                ImportProgress(
                    file: path, recordsRead: tally.summary.read, bytesRead: bytes, totalBytes: source.totalBytes,
                    elapsedSeconds: Date().timeIntervalSince(started)))
        }
        // A pipeline: the next batch is read and described while the one before is written, in order.
        var writing: Task<BatchResult, any Error>?
        func hand(_ full: [SourceRecordDraft]) async throws {
            batches += 1
            // Taken now, when the batch's last record has just been read: the checkpoint is exactly this batch.
            let checkpoint = tally.checkpoint(
                consumed: source.recordCount, byteOffset: source.bytesRead, batches: batches)
            let described = Task { try await prepare(full, library: library) }
            if let previous = writing { try await previous.value.add(to: &tally) }
            writing = Task {
                try await store(
                    try await described.value, library: library, itemLibraries: itemLibraries, runID: runID,
                    actor: actor, checkpoint: checkpoint)
            }
        }
        do {
            while let record = source.next() {
                let draft = SourceRecordDraft.make(record, number: source.recordCount, profiles: profiles)
                guard let accepted = tally.accept(draft) else { continue }
                batch.append(accepted)
                if batch.count >= options.batchSize {
                    try await hand(batch)
                    batch.removeAll(keepingCapacity: true)
                    try report(source.bytesRead)
                }
            }
            if !batch.isEmpty { try await hand(batch) }
            if let previous = writing { try await previous.value.add(to: &tally) }
        } catch {
            // Let the batch being written end, committed or not, so what is left behind is settled.
            _ = try? await writing?.value
            throw error
        }
        try? report(source.totalBytes)
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
