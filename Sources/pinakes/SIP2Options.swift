import ArgumentParser
import Foundation
import PinakesApp
import SIP2

/// `--sip2-port` and the kiosk login, for `serve` and `demo`; `PINAKES_SIP2_*` environment variables too.
struct SIP2Options: ParsableArguments {
    @Option(name: .customLong("sip2-port"), help: "Also serve SIP2 kiosks on this TCP port (0 picks a free port).")
    var portOption: Int?

    @Option(name: .customLong("sip2-user"), help: "Kiosk login user (SIP2 93 CN); or PINAKES_SIP2_USER.")
    var userOption: String?

    @Option(name: .customLong("sip2-password"), help: "Kiosk login password (SIP2 93 CO); or PINAKES_SIP2_PASSWORD.")
    var passwordOption: String?

    @Option(
        name: .customLong("sip2-library"),
        help: "Code of the library the kiosks stand in when their messages name none; or PINAKES_SIP2_LIBRARY.")
    var libraryOption: String?

    private var environment: [String: String] { ProcessInfo.processInfo.environment }
    var port: Int? { portOption ?? environment["PINAKES_SIP2_PORT"].flatMap { Int($0) } }
    var user: String? { userOption ?? environment["PINAKES_SIP2_USER"] }
    var password: String? { passwordOption ?? environment["PINAKES_SIP2_PASSWORD"] }
    var library: String? { libraryOption ?? environment["PINAKES_SIP2_LIBRARY"] }

    @Option(name: .customLong("sip2-language"), help: "Language of kiosk screen messages: zh or en.")
    var language: String = ProcessInfo.processInfo.environment["PINAKES_SIP2_LANGUAGE"] ?? "zh"

    /// The kiosk account, falling back to `defaults` (the demo's) for what is not given.
    func account(defaults: SIP2KioskAccount? = nil) throws -> SIP2KioskAccount {
        guard let user = user ?? defaults?.user, let password = password ?? defaults?.password,
            !user.isEmpty, !password.isEmpty
        else {
            throw CLIError("SIP2 needs a kiosk login: --sip2-user and --sip2-password (or PINAKES_SIP2_USER/_PASSWORD)")
        }
        return SIP2KioskAccount(
            user: user, password: password, library: (library ?? defaults?.library ?? "").uppercased())
    }

    /// The listener to start, or nil when no SIP2 port is given.
    func listener(host: String, defaults: SIP2KioskAccount? = nil) throws -> SIP2Listener? {
        guard let port else { return nil }
        guard let screen = SIP2ScreenLanguage(rawValue: language.lowercased()) else {
            throw CLIError("--sip2-language must be zh or en, not \(language)")
        }
        return SIP2Listener(host: host, port: port, account: try account(defaults: defaults), language: screen)
    }
}
