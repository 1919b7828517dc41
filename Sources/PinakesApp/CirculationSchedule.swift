import Circulation
import Logging
import Mail
import PinakesCore
import ServiceLifecycle

/// The circulation runs a node makes on its own: expire holds left on the shelf, target waiting holds, queue
/// due-soon and overdue notices, mail them, and anonymise old loans. Every `interval`, until shutdown, as the
/// `circulation` job: with several processes on one database each run happens in one of them.
public struct CirculationSchedule: Service {
    /// Where and how notices are mailed; nil keeps them in readers' accounts only.
    public struct Mailing: Sendable {
        public var relay: SMTPRelay
        public var sender: MailAddress
        public init(relay: SMTPRelay, sender: MailAddress) {
            self.relay = relay
            self.sender = sender
        }
    }

    /// The job's name in `job_lease`.
    public static let jobName = "circulation"

    public let desk: CirculationDesk
    public let mailing: Mailing?
    public let interval: Duration
    public let logger: Logger
    /// The leases shared with the other processes on the desk's database.
    public let leases: JobLease

    public init(
        desk: CirculationDesk, mailing: Mailing?, interval: Duration = .seconds(300), logger: Logger,
        leases: JobLease? = nil
    ) {
        self.desk = desk
        self.mailing = mailing
        self.interval = interval
        self.logger = logger
        self.leases = leases ?? JobLease(database: desk.database, clock: desk.clock)
    }

    /// The periodic job that runs the passes.
    public var job: PeriodicJob {
        PeriodicJob(name: Self.jobName, interval: interval, leases: leases, logger: logger) { try await pass() }
    }

    public func run() async throws { try await job.run() }

    /// One pass of every job, wherever the lease is; a failing job is logged and the others still run.
    public func runOnce() async { _ = try? await pass() }

    /// One pass of every job; the summary of each, or `PeriodicJob.PartlyFailed` naming those that failed.
    func pass() async throws -> String {
        let jobs: [(String, @Sendable () async throws -> String)] = [
            ("hold-expiry", { try await desk.runHoldExpiry().line }),
            ("targeter", { try await desk.runTargeter().line }),
            ("notices", { try await desk.runNotices().line }),
            ("anonymise", { try await desk.anonymiseHistory().line }),
            ("mail", { try await deliver() }),
        ]
        var lines: [String] = []
        var failures: [String] = []
        for (name, job) in jobs {
            do {
                let line = try await job()
                logger.debug("circulation job \(name): \(line)")
                lines.append("\(name): \(line)")
            } catch {
                logger.warning("circulation job \(name) failed: \(error)")
                failures.append("\(name): \(error)")
            }
        }
        guard failures.isEmpty else { throw PeriodicJob.PartlyFailed(failures.joined(separator: "; ")) }
        return lines.joined(separator: "; ")
    }

    private func deliver() async throws -> String {
        guard let mailing else { return "no relay configured" }
        let post = NoticePost(database: desk.database, relay: mailing.relay, sender: mailing.sender, clock: desk.clock)
        let result = try await post.deliverPending()
        return
            "sent \(result.sent), failed \(result.failed), no address \(result.noAddress), retrying \(result.retrying)"
    }
}

extension JobSummary {
    var line: String { "\(changed) of \(considered) in \(String(format: "%.2f", seconds)) s" }
}
