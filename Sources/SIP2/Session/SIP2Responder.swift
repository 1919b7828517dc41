import Foundation

/// Turns a decoded request into a call of the `SIP2Service` and the outcome into the response message,
/// filling the fixed fields (dates, flags) the service need not know about. Never throws: a failing
/// service becomes a refusal with a generic screen message.
public struct SIP2Responder: Sendable {
    let service: any SIP2Service
    let configuration: SIP2Configuration

    public init(service: any SIP2Service, configuration: SIP2Configuration) {
        self.service = service
        self.configuration = configuration
    }

    /// The response to `request` for a connection in `session`.
    public func respond(to request: SIP2Request, session: SIP2Session) async -> SIP2Response {
        // The service sees the institution (AO) of this message, not only of the last one.
        var session = session
        if let institution = SIP2ConnectionState.institution(of: request), !institution.isEmpty {
            session.institution = institution
        }
        do {
            return try await answer(request, session: session)
        } catch let error as SIP2Error {
            return refuse(request, reason: error.description)
        } catch {
            return refuse(request, reason: SIP2Error.serviceFailed(String(describing: error)).description)
        }
    }

    private func answer(_ request: SIP2Request, session: SIP2Session) async throws -> SIP2Response {
        switch request {
        case .login(let login):
            let ok = try await service.authenticate(
                user: login.userID, password: login.password, location: login.locationCode)
            return .login(SIP2LoginResponse(ok: ok))
        case .scStatus: return .acsStatus(acsStatus(try await service.status(session: session), session: session))
        case .patronStatus(let message):
            let standing = try await service.patronStatus(
                card: message.patronIdentifier, password: message.patronPassword, session: session)
            return .patronStatus(patronStatus(standing, institution: message.institutionID))
        case .patronInformation(let message): return try await patronInformation(message, session: session)
        case .checkout(let message): return try await checkout(message, session: session)
        case .checkin(let message): return try await checkin(message, session: session)
        case .renew(let message): return try await renew(message, session: session)
        case .renewAll(let message): return try await renewAll(message, session: session)
        case .itemInformation(let message): return try await itemInformation(message, session: session)
        case .feePaid(let message): return try await feePaid(message, session: session)
        case .endPatronSession(let message): return try await endSession(message, session: session)
        case .requestACSResend: return .requestSCResend
        }
    }

    /// The refusal of a decoded request.
    func refuse(_ request: SIP2Request, reason: String) -> SIP2Response {
        let refusal = SIP2Refusal(
            scanning: Array(request.text.utf8), charset: .utf8, defaultInstitution: configuration.institutionID,
            reason: reason)
        return refusal.response(to: request.code, at: configuration.timestamp) ?? .requestSCResend
    }

    private func acsStatus(_ status: SIP2ACSStatus, session: SIP2Session) -> SIP2ACSStatusResponse {
        var response = SIP2ACSStatusResponse(
            onlineStatus: status.online, checkinOK: status.checkinOK, checkoutOK: status.checkoutOK,
            renewalPolicy: status.renewalPolicy, statusUpdateOK: status.statusUpdateOK, offlineOK: status.offlineOK,
            timeoutPeriod: status.timeoutPeriod, retriesAllowed: status.retriesAllowed,
            dateTimeSync: configuration.timestamp, institutionID: session.institution ?? configuration.institutionID,
            libraryName: status.libraryName, supportedMessages: .implemented,
            terminalLocation: status.terminalLocation ?? session.location)
        response.screenMessage = status.screenMessage
        response.printLine = status.printLine
        return response
    }

    func patronStatus(_ standing: SIP2PatronStanding, institution: String) -> SIP2PatronStatusResponse {
        SIP2PatronStatusResponse(
            patronStatus: standing.status, language: standing.language, transactionDate: configuration.timestamp,
            institutionID: institution, patronIdentifier: standing.card, personalName: standing.name,
            validPatron: standing.valid, validPatronPassword: standing.passwordValid, currencyType: standing.currency,
            feeAmount: standing.amountOwed.map(Self.amount), screenMessage: standing.screenMessage,
            printLine: standing.printLine)
    }

    /// A date as the 18-character SIP2 timestamp in the configured zone; empty for `nil`.
    func text(_ date: Date?) -> String {
        date.map { SIP2Timestamp($0, timeZone: configuration.timeZone).description } ?? ""
    }

    /// An amount with two decimals, as kiosks display it (`12.50`).
    static func amount(_ value: Decimal) -> String {
        String(format: "%.2f", NSDecimalNumber(decimal: value).doubleValue)
    }
}
