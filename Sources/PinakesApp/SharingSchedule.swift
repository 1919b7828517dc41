import Logging
import PinakesCore
import ServiceLifecycle
import Sharing

/// The sharing work a node does on its own: send the ISO 18626 outbox (retrying peers that were down), move
/// on from lenders that did not answer in time, mark overdue loans to other agencies, fetch delivered copies.
/// The `sharing` job: with several processes on one database each run happens in one of them.
public struct SharingSchedule: Service {
    /// The job's name in `job_lease`.
    public static let jobName = "sharing"

    public let desk: SharingDesk
    public let interval: Duration
    public let logger: Logger
    /// The leases shared with the other processes on the desk's database.
    public let leases: JobLease

    public init(desk: SharingDesk, interval: Duration = .seconds(30), logger: Logger, leases: JobLease? = nil) {
        self.desk = desk
        self.interval = interval
        self.logger = logger
        self.leases = leases ?? JobLease(database: desk.database, clock: desk.clock)
    }

    public func run() async throws {
        let desk = self.desk
        try await PeriodicJob(name: Self.jobName, interval: interval, leases: leases, logger: logger) {
            let summary = try await desk.runJobs()
            return
                "sent \(summary.messagesSent), timed out \(summary.lendersTimedOut), overdue \(summary.loansOverdue)"
        }.run()
    }
}
