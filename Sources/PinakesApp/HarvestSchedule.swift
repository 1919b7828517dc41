import Harvesting
import Logging
import PinakesCore
import ServiceLifecycle

/// Scheduled OAI-PMH harvests: every `interval` it runs each enabled source whose own interval (hours) has
/// passed since its last run, incrementally from its last complete harvest. The `harvest` job: with several
/// processes on one database each run happens in one of them.
public struct HarvestSchedule: Service {
    /// The job's name in `job_lease`.
    public static let jobName = "harvest"

    public let harvester: Harvester
    public let interval: Duration
    public let logger: Logger
    /// The leases shared with the other processes on the harvester's database.
    public let leases: JobLease

    public init(harvester: Harvester, interval: Duration = .seconds(300), logger: Logger, leases: JobLease? = nil) {
        self.harvester = harvester
        self.interval = interval
        self.logger = logger
        self.leases = leases ?? JobLease(database: harvester.registry.database, clock: harvester.clock)
    }

    public func run() async throws {
        let (harvester, logger) = (self.harvester, self.logger)
        try await PeriodicJob(name: Self.jobName, interval: interval, leases: leases, logger: logger) {
            let runs = try await harvester.harvestDue()
            for run in runs {
                logger.info("scheduled harvest for \(run.libraryCode): \(run.summary) \(run.status)")
            }
            return runs.isEmpty
                ? "no source due" : runs.map { "\($0.libraryCode): \($0.summary) \($0.status)" }.joined(separator: "; ")
        }.run()
    }
}
