import Logging
import ServiceLifecycle
import Sharing

/// The sharing work a node does on its own: send the ISO 18626 outbox (retrying peers that were down), move
/// on from lenders that did not answer in time, mark overdue loans to other agencies, fetch delivered copies.
public struct SharingSchedule: Service {
    public let desk: SharingDesk
    public let interval: Duration
    public let logger: Logger

    public init(desk: SharingDesk, interval: Duration = .seconds(30), logger: Logger) {
        self.desk = desk
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            do {
                let summary = try await desk.runJobs()
                logger.debug(
                    "sharing jobs: sent \(summary.messagesSent), timed out \(summary.lendersTimedOut), overdue \(summary.loansOverdue)"
                )
            } catch {
                logger.warning("sharing jobs failed: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }
}
