import Circulation
import Logging
import Mail
import PinakesCore
import ServiceLifecycle

/// The circulation runs a node makes on its own: expire holds left on the shelf, target waiting holds, queue
/// due-soon and overdue notices, mail them, and anonymise old loans. Every `interval`, until shutdown.
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

    public let desk: CirculationDesk
    public let mailing: Mailing?
    public let interval: Duration
    public let logger: Logger

    public init(desk: CirculationDesk, mailing: Mailing?, interval: Duration = .seconds(300), logger: Logger) {
        self.desk = desk
        self.mailing = mailing
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            await runOnce()
            try? await Task.sleep(for: interval)
        }
    }

    /// One pass of every job; a failing job is logged and the others still run.
    public func runOnce() async {
        let jobs: [(String, @Sendable () async throws -> String)] = [
            ("hold-expiry", { try await desk.runHoldExpiry().line }),
            ("targeter", { try await desk.runTargeter().line }),
            ("notices", { try await desk.runNotices().line }),
            ("anonymise", { try await desk.anonymiseHistory().line }),
            ("mail", { try await deliver() }),
        ]
        for (name, job) in jobs {
            do {
                let line = try await job()
                logger.debug("circulation job \(name): \(line)")
            } catch {
                logger.warning("circulation job \(name) failed: \(error)")
            }
        }
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

extension Task where Success == Never, Failure == Never {
    static var isCancelledOrShuttingDown: Bool { Task.isCancelled || Task.isShuttingDownGracefully }
}
