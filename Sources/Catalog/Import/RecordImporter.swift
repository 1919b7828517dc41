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
        var summary = ImportSummary(file: path)
        let runID = try await startRun(library: library, source: path, format: source.format.rawValue, actor: actor)
        summary.runID = runID
        let started = Date()
        var seenIDs: [String: Int] = [:]
        var batch: [SourceRecordDraft] = []
        let profiles = options.profiles.isEmpty ? HoldingsProfiles.builtIn : options.profiles
        var unknownCodes: [String: Int] = [:]
        var skippedItemFields: [String: Int] = [:]
        while let record = source.next() {
            summary.read += 1
            var draft = SourceRecordDraft.make(record, number: source.recordCount, profiles: profiles)
            if let reason = draft.rejection {
                summary.rejected.append(.init(recordNumber: draft.recordNumber, reason: reason))
                continue
            }
            // Two records with one 001 in one file: keep both, deterministically, so a re-run is a no-op.
            let occurrence = (seenIDs[draft.sourceID] ?? 0) + 1
            seenIDs[draft.sourceID] = occurrence
            if occurrence > 1 {
                summary.notes.append(
                    "record \(draft.recordNumber): control number \(draft.sourceID) repeats in this file; "
                        + "stored as \(draft.sourceID)#\(occurrence)")
                draft.sourceID += "#\(occurrence)"
            }
            for skipped in draft.skippedItemFields { skippedItemFields[skipped, default: 0] += 1 }
            batch.append(draft)
            if batch.count >= options.batchSize {
                try await store(
                    batch, library: library, itemLibraries: itemLibraries, runID: runID,
                    actor: actor, summary: &summary, unknownCodes: &unknownCodes)
                batch.removeAll(keepingCapacity: true)
                progress(
                    ImportProgress(
                        file: path, recordsRead: summary.read, bytesRead: source.bytesRead,
                        totalBytes: source.totalBytes, elapsedSeconds: Date().timeIntervalSince(started)))
            }
        }
        if !batch.isEmpty {
            try await store(
                batch, library: library, itemLibraries: itemLibraries, runID: runID, actor: actor,
                summary: &summary, unknownCodes: &unknownCodes)
        }
        progress(
            ImportProgress(
                file: path, recordsRead: summary.read, bytesRead: source.totalBytes, totalBytes: source.totalBytes,
                elapsedSeconds: Date().timeIntervalSince(started)))
        summary.diagnostics = source.diagnostics.map(\.description)
        for (code, count) in unknownCodes.sorted(by: { $0.key < $1.key }) {
            summary.notes.append(
                "\(count) items name library '\(code)', which is not \(library.code) or below it; "
                    + "they were given to \(library.code)")
        }
        for (what, count) in skippedItemFields.sorted(by: { $0.key < $1.key }) {
            summary.notes.append("\(count) item fields skipped: \(what)")
        }
        try await finishRun(runID, summary: summary)
        if summary.read == 0 {
            throw PinakesError.invalidInput(
                "\(path): no MARC records could be read"
                    + (summary.diagnostics.first.map { " (\($0))" } ?? ""))
        }
        return summary
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
