import Catalog
import Circulation
import Consortium
import Foundation
import PinakesCore

/// The `SIP2Service` of a Pinakes node: self-service kiosks borrow, return, renew and pay through the same
/// `CirculationDesk` as the staff desk, so every rule, calendar and hold applies to them too.
///
/// The kiosk's library is the login location (CP) when it names a library, else the message's institution
/// (AO), else the library of the kiosk account. Refusals are outcomes with `ok == false` and the reason in the
/// screen message (AF) in the configured language; circulation stores nothing when it refuses.
public struct CirculationKiosk: SIP2Service {
    public let desk: CirculationDesk
    public let accounts: [SIP2KioskAccount]
    public let language: SIP2ScreenLanguage
    /// BH currency of every amount.
    public static let currency = "CNY"

    public init(desk: CirculationDesk, configuration: SIP2Configuration) {
        self.desk = desk
        self.accounts = configuration.kioskAccounts
        self.language = configuration.screenLanguage
    }

    public func authenticate(user: String, password: String, location: String?) async throws -> Bool {
        // Every account is compared so the answer takes as long for a wrong user as for a wrong password.
        accounts.reduce(false) { found, account in account.accepts(user: user, password: password) || found }
    }

    public func status(session: SIP2Session) async throws -> SIP2ACSStatus {
        let library = try await kioskLibrary(session)
        let name = library.map { language == .chinese ? ($0.nameZh ?? $0.name) : $0.name }
        return SIP2ACSStatus(libraryName: name, terminalLocation: session.location ?? library?.code)
    }

    public func endSession(card: String, password: String?, session: SIP2Session) async throws -> SIP2SessionEnd {
        SIP2SessionEnd(ended: true, screenMessage: [say(.goodbye)])
    }

    /// The library where the kiosk stands, for checkouts and check-ins.
    func kioskLibrary(_ session: SIP2Session, location: String? = nil) async throws -> Library? {
        let rules = try await desk.policies.rules()
        let account = accounts.first { $0.user == session.loginUser }
        for candidate in [location, session.location, session.institution, account?.library] {
            guard let code = candidate?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { continue }
            if let library = try? rules.library(code: code.uppercased()) { return library }
        }
        return nil
    }

    /// The kiosk's library code, or the refusal that there is none.
    func libraryCode(_ session: SIP2Session, location: String? = nil) async throws(CirculationRefusal) -> String {
        let library = try? await kioskLibrary(session, location: location)
        guard let library else {
            throw .unknownLibrary(location ?? session.location ?? session.institution ?? "")
        }
        return library.code
    }

    /// Who the audit log names for a kiosk's change.
    func actor(_ session: SIP2Session) -> String { "sip2:" + (session.loginUser ?? "kiosk") }

    func say(_ message: KioskMessage) -> String { message.text(in: language) }

    /// The reader holding `card` whose PIN (AD) is `password`; a reader with a PIN must give it.
    func reader(card: String, password: String?) async throws -> ReaderProfile {
        let reader = try await desk.readers.reader(card: card)
        guard try await desk.readers.checkPIN(password ?? "", of: reader) else { throw KioskRefusal.wrongPIN }
        return reader
    }

    /// A due date as a kiosk shows it, on the consortium's wall clock.
    func dayText(_ epochSeconds: Int64) -> String {
        LocalDate(epochSeconds: epochSeconds, in: desk.settings.timeZone).description
    }

    /// The screen message for a refusal thrown by circulation or the kiosk; other errors are rethrown.
    func refusalMessage(_ error: any Error) throws -> String {
        switch error {
        case let refusal as CirculationRefusal: return say(.refusal(refusal))
        case let refusal as KioskRefusal: return say(refusal.message)
        default: throw error
        }
    }
}

/// Why the kiosk itself says no, before circulation is asked.
enum KioskRefusal: Error, Sendable {
    case wrongPIN
    case cancelNotSupported
    case noLoanWithTitle(String)
    case currency(String)

    var message: KioskMessage {
        switch self {
        case .wrongPIN: .wrongPIN
        case .cancelNotSupported: .cancelNotSupported
        case .noLoanWithTitle(let title): .noLoanWithTitle(title)
        case .currency(let code): .paymentCurrency(code)
        }
    }
}
