import Harvesting
import Logging
import ServiceLifecycle

/// Scheduled OAI-PMH harvests: every `interval` it runs each enabled source whose own interval (hours) has
/// passed since its last run, incrementally from its last complete harvest.
public struct HarvestSchedule: Service {
    public let harvester: Harvester
    public let interval: Duration
    public let logger: Logger

    public init(harvester: Harvester, interval: Duration = .seconds(300), logger: Logger) {
        self.harvester = harvester
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            do {
                for run in try await harvester.harvestDue() {
                    logger.info("scheduled harvest for \(run.libraryCode): \(run.summary) \(run.status)")
                }
            } catch {
                logger.warning("scheduled harvests failed: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}
