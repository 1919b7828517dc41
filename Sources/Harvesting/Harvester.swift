import Catalog
import Consortium
import Foundation
import Logging
import PinakesCore

/// Harvests OAI-PMH providers into member libraries' catalogues: ListRecords page by page, following
/// resumption tokens (OAI-PMH 2.0 §3.5), each page stored in one transaction through the catalogue importer,
/// incremental from the previous complete harvest's `responseDate`.
public struct Harvester: Sendable {
    public let registry: HarvestRegistry
    public let importer: RecordImporter
    public let client: OAIClient
    public let clock: Clock
    public let logger: Logger

    public init(database: Database, clock: Clock = .system, client: OAIClient? = nil, logger: Logger? = nil) {
        let logger = logger ?? Logger(label: "harvest")
        self.registry = HarvestRegistry(database: database, clock: clock)
        self.importer = RecordImporter(database: database, clock: clock)
        self.client = client ?? OAIClient(logger: logger)
        self.clock = clock
        self.logger = logger
    }

    /// Harvests `source`, from `from` when given, else from its last complete harvest, else everything.
    /// A failed harvest is returned with status `failed` and its error; only a source that is already being
    /// harvested, or a library that has gone, throws.
    public func harvest(_ source: HarvestSource, from: String? = nil, actor: String) async throws -> HarvestRun {
        try await complete(try await start(source, from: from, actor: actor))
    }

    /// The first half of a harvest, quick enough for a request: claims the source and opens its run (status
    /// `running`, so its page can be shown at once). Throws when the source is being harvested already or
    /// its library has gone. `complete(_:)` does the rest.
    public func start(_ source: HarvestSource, from: String? = nil, actor: String) async throws -> StartedHarvest {
        guard try await registry.claim(source.id) else {
            throw HarvestError.invalidSource("\(source.baseURL) is being harvested for \(source.libraryCode) already")
        }
        let started = Date()
        let opened: (runID: Int64, library: Library)
        do {
            opened = try await importer.startHarvestRun(
                libraryCode: source.libraryCode, source: source.baseURL,
                format: "oai-" + source.metadataPrefix.rawValue, actor: actor)
        } catch {
            try await registry.release(source.id)
            throw error
        }
        var run = HarvestRun(
            id: 0, sourceID: source.id, baseURL: source.baseURL, libraryCode: opened.library.code,
            from: from ?? source.lastFrom, startedAt: clock.epochSeconds, importRunID: opened.runID)
        do {
            run.id = try await registry.startRun(run, libraryID: source.libraryID)
        } catch {
            try await registry.release(source.id)
            try await importer.finishHarvestRun(opened.runID, read: 0, rejected: 0, failed: true)
            throw error
        }
        return StartedHarvest(source: source, run: run, library: opened.library, actor: actor, began: started)
    }

    /// The second half: fetches and stores every page, then records how the run ended. A run cancelled with
    /// its task (the process stopping) ends `failed`, saying so; its pages stored so far stay.
    public func complete(_ started: StartedHarvest) async throws -> HarvestRun {
        var run = started.run
        let source = started.source
        var failed = false
        do {
            run.from = try await requestFrom(run.from, base: source.baseURL)
            try await fetchPages(source, library: started.library, actor: started.actor, run: &run)
            run.status = "finished"
        } catch {
            failed = true
            run.status = "failed"
            run.error =
                Task.isCancelled ? "stopped: the server shut down during the harvest" : String(describing: error)
            logger.warning("harvest of \(source.baseURL) for \(source.libraryCode) failed: \(run.error ?? "")")
        }
        run.finishedAt = clock.epochSeconds
        run.seconds = Date().timeIntervalSince(started.began)
        // In a task of its own, so that a cancelled harvest still records its end.
        let (ended, registry, importer) = (run, self.registry, self.importer)
        try await Task {
            try await registry.record(ended, nextFrom: failed ? nil : ended.responseDate)
            try await importer.finishHarvestRun(
                ended.importRunID ?? 0, read: ended.read, rejected: ended.rejected, failed: failed)
        }.value
        return run
    }

    /// Harvests every enabled source whose interval has passed, one after the other.
    public func harvestDue(actor: String = "schedule") async throws -> [HarvestRun] {
        let now = clock.epochSeconds
        var runs: [HarvestRun] = []
        for source in try await registry.sources() where source.isDue(at: now) {
            do {
                runs.append(try await harvest(source, actor: actor))
            } catch {
                logger.warning("scheduled harvest of \(source.baseURL) skipped: \(error)")
            }
        }
        return runs
    }

    /// The `from` argument as the provider's granularity allows (Identify, §4.2): date only for day granularity.
    func requestFrom(_ from: String?, base: String) async throws -> String? {
        guard let from = from?.trimmingCharacters(in: .whitespaces), !from.isEmpty else { return nil }
        let url = try OAIClient.requestURL(base: base, arguments: [("verb", "Identify")])
        let identity = try OAIResponseParser(url: url.absoluteString).identify(try await client.get(url))
        if identity.isDayGranularity || from.count <= 10 { return String(from.prefix(10)) }
        return from
    }

    /// Fetches and stores page after page until the list is complete.
    private func fetchPages(
        _ source: HarvestSource, library: Library, actor: String, run: inout HarvestRun
    ) async throws {
        var token: String?
        var seenTokens: Set<String> = []
        var recordNumber = 1
        repeat {
            let url = try OAIClient.requestURL(
                base: source.baseURL, arguments: arguments(source, from: run.from, token: token))
            let page = try OAIResponseParser(url: source.baseURL, token: token).listRecords(try await client.get(url))
            if run.responseDate == nil { run.responseDate = page.responseDate }
            run.pages += 1
            let stored = try await importer.importHarvested(
                page.records.map { HarvestedRecord(sourceID: $0.identifier, record: $0.deleted ? nil : $0.record) },
                library: library, runID: run.importRunID ?? 0, firstNumber: recordNumber, actor: actor)
            recordNumber += page.records.count
            add(stored, rejections: page.rejected, to: &run)
            try await registry.record(run, nextFrom: nil)
            token = page.hasMore ? page.resumptionToken : nil
            if let next = token, !seenTokens.insert(next).inserted {
                throw HarvestError.badResponse(
                    url: source.baseURL, token: next, reason: "the provider sent the same resumptionToken twice")
            }
        } while token != nil
    }

    /// The ListRecords arguments: the first request names prefix, set and from; later ones only the token.
    func arguments(_ source: HarvestSource, from: String?, token: String?) -> [(String, String)] {
        if let token { return [("verb", "ListRecords"), ("resumptionToken", token)] }
        var arguments = [("verb", "ListRecords"), ("metadataPrefix", source.metadataPrefix.rawValue)]
        if !source.setSpec.isEmpty { arguments.append(("set", source.setSpec)) }
        if let from { arguments.append(("from", from)) }
        return arguments
    }

    private func add(_ stored: HarvestedBatchResult, rejections: [OAIRejection], to run: inout HarvestRun) {
        run.new += stored.new
        run.updated += stored.updated
        run.unchanged += stored.unchanged
        run.deleted += stored.deleted
        run.deletionsUnknown += stored.deletedUnknown
        run.rejected += stored.rejected.count + rejections.count
        run.notes += rejections.map { "rejected \($0.identifier): \($0.reason)" }
        run.notes += stored.rejected.map { "rejected \($0.reason)" } + stored.notes
    }
}
