import Foundation
import SIP2

/// Where and for whom a node serves SIP2 kiosks: the TCP address, the kiosk login, the library the kiosks
/// stand in and the language of their screen messages.
public struct SIP2Listener: Sendable {
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var account: SIP2KioskAccount
    public var language: SIP2ScreenLanguage

    public init(host: String, port: Int, account: SIP2KioskAccount, language: SIP2ScreenLanguage = .chinese) {
        self.host = host
        self.port = port
        self.account = account
        self.language = language
    }

    /// The SIP2 configuration for this listener: UTF-8, checksums when the kiosk sends them, login required.
    public var configuration: SIP2Configuration {
        SIP2Configuration(
            institutionID: account.library, kioskAccounts: [account], screenLanguage: language)
    }
}
