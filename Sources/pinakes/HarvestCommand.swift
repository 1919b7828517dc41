import ArgumentParser
import Foundation
import Harvesting

/// `pinakes harvest URL --library CODE`: harvest an OAI-PMH provider into a member library's catalogue.
struct HarvestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: "Harvest an OAI-PMH 2.0 provider (marc21 or oai_dc) into one member library's catalogue.",
        discussion: """
            Follows resumption tokens; retries network errors and 5xx answers with back-off and honours 503
            Retry-After. Without --from it continues from the last complete harvest of the same URL, set, prefix
            and library. Records are kept under their OAI identifier, so a re-harvest updates them in place;
            deleted records are marked deleted. Exit status 1 when the harvest fails.
            """)

    @OptionGroup var storage: StorageOptions
    @Argument(help: "The provider's base URL, e.g. https://example.org/oai.") var url: String
    @Option(help: "Code of the member library the records go to.") var library: String
    @Option(help: "OAI set to harvest (setSpec).") var set: String = ""
    @Option(help: "Metadata prefix: marc21 or oai_dc.") var prefix: String = "marc21"
    @Option(help: "Harvest records changed since this date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).") var from: String?
    @Option(help: "Tries per request before giving up.") var tries: Int = 5

    func run() async throws {
        guard let metadataPrefix = MetadataPrefix(rawValue: prefix) else {
            throw ValidationError("unknown --prefix \(prefix); use marc21 or oai_dc")
        }
        if let from, !Self.isDatestamp(from) {
            throw ValidationError("--from \(from) is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ")
        }
        let node = try await storage.openNode()
        let harvester = Harvester(
            database: node.database, clock: node.clock,
            client: OAIClient(policy: RetryPolicy(maximumTries: tries), logger: node.logger), logger: node.logger)
        let outcome: Result<HarvestRun, any Error>
        do {
            let source = try await harvester.registry.ensure(
                HarvestSourceDraft(libraryCode: library, baseURL: url, setSpec: set, metadataPrefix: metadataPrefix))
            outcome = .success(try await harvester.harvest(source, from: from, actor: "cli"))
        } catch {
            outcome = .failure(error)
        }
        await node.shutdown()
        let run = try outcome.get()
        print(run.summary + String(format: " (%.1f s)", run.seconds))
        run.notes.prefix(50).forEach { print("  note: \($0)") }
        if run.notes.count > 50 { print("  … and \(run.notes.count - 50) more notes") }
        if let error = run.error {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// OAI-PMH datestamps (§3.3.1): a day, or a UTC time to the second.
    static func isDatestamp(_ value: String) -> Bool {
        value.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?/) != nil
    }
}
