import ArgumentParser
import Circulation
import Foundation
import Mail
import PinakesApp

/// How often the circulation jobs run and where notices are mailed, for `serve` and `demo`; `PINAKES_*`
/// environment variables too.
struct CirculationJobOptions: ParsableArguments {
    @Option(
        name: .customLong("jobs-every"),
        help: """
            Seconds between runs of hold expiry, targeting, notices and mail (0 turns them off); processes on one \
            database share each run (GET /api/v1/jobs shows who ran what).
            """)
    var everyOption: Int?

    @Option(
        name: .customLong("smtp-relay"),
        help: "Mail relay for notices, host or host:port; or PINAKES_SMTP_RELAY. Without one, notices stay in accounts."
    )
    var relayOption: String?

    @Option(name: .customLong("mail-from"), help: "Sender address of notices; or PINAKES_MAIL_FROM.")
    var fromOption: String?

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The schedule to run, or nil when turned off.
    func schedule(for node: PinakesNode) throws -> CirculationSchedule? {
        let every = everyOption ?? environment["PINAKES_JOBS_EVERY"].flatMap { Int($0) } ?? 300
        guard every > 0 else { return nil }
        var mailing: CirculationSchedule.Mailing?
        if let relayText = relayOption ?? environment["PINAKES_SMTP_RELAY"], !relayText.isEmpty {
            let from = fromOption ?? environment["PINAKES_MAIL_FROM"] ?? "notices@pinakes.localdomain"
            do {
                mailing = CirculationSchedule.Mailing(
                    relay: try SMTPRelay.parse(relayText), sender: try MailAddress(from, name: "Pinakes"))
            } catch {
                throw CLIError("--smtp-relay/--mail-from: \(error)")
            }
        }
        return CirculationSchedule(
            desk: node.circulation, mailing: mailing, interval: .seconds(every), logger: node.logger)
    }
}
