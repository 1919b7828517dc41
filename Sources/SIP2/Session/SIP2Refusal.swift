/// The answer to a request that cannot be carried out (malformed, not logged in, service failure): the
/// response message matching the request with `ok` off and the reason in the screen message (AF), echoing
/// what identifiers could be read.
public struct SIP2Refusal: Sendable, Equatable {
    /// AO of the request, if readable.
    public var institution: String
    /// AA of the request, if readable.
    public var patron: String
    /// AB of the request, if readable.
    public var item: String
    /// The screen message.
    public var reason: String

    public init(institution: String, patron: String = "", item: String = "", reason: String) {
        self.institution = institution
        self.patron = patron
        self.item = item
        self.reason = reason
    }

    /// Picks AO, AA and AB out of a message that could not be parsed, without trusting its fixed part.
    public init(scanning message: [UInt8], charset: SIP2Charset, defaultInstitution: String, reason: String) {
        var found: [String: String] = [:]
        for segment in message.split(separator: UInt8(ascii: "|")) where segment.count >= 2 {
            let id = String(decoding: segment.prefix(2), as: UTF8.self)
            guard ["AO", "AA", "AB"].contains(id), found[id] == nil,
                case .success(let value) = charset.decode(segment.dropFirst(2))
            else { continue }
            found[id] = value
        }
        self.init(
            institution: found["AO"] ?? defaultInstitution, patron: found["AA"] ?? "", item: found["AB"] ?? "",
            reason: reason)
    }

    /// The refusal for a request code, or `nil` when the code has no response of its own (96 is sent then).
    public func response(to code: SIP2MessageCode, at now: SIP2Timestamp) -> SIP2Response? {
        let messages = [reason]
        switch code {
        case .login: return .login(SIP2LoginResponse(ok: false))
        case .scStatus:
            var status = SIP2ACSStatusResponse(
                onlineStatus: false, checkinOK: false, checkoutOK: false, renewalPolicy: false, statusUpdateOK: false,
                offlineOK: false, timeoutPeriod: 0, retriesAllowed: 999, dateTimeSync: now, institutionID: institution,
                supportedMessages: .implemented)
            status.screenMessage = messages
            return .acsStatus(status)
        case .patronStatusRequest:
            return .patronStatus(
                SIP2PatronStatusResponse(
                    patronStatus: Self.denied, transactionDate: now, institutionID: institution,
                    patronIdentifier: patron, personalName: "", validPatron: false, screenMessage: messages))
        case .patronInformation:
            var info = SIP2PatronInformationResponse(
                patronStatus: Self.denied, transactionDate: now, institutionID: institution, patronIdentifier: patron,
                personalName: "")
            info.validPatron = false
            info.screenMessage = messages
            return .patronInformation(info)
        case .checkout, .renew: return .loan(loan(code == .checkout ? .checkoutResponse : .renewResponse, now))
        default: return itemResponse(to: code, at: now)
        }
    }

    private func itemResponse(to code: SIP2MessageCode, at now: SIP2Timestamp) -> SIP2Response? {
        let messages = [reason]
        switch code {
        case .checkin:
            var response = SIP2CheckinResponse(
                ok: false, resensitize: false, alert: false, transactionDate: now, institutionID: institution,
                itemIdentifier: item, permanentLocation: "")
            response.screenMessage = messages
            return .checkin(response)
        case .renewAll:
            var response = SIP2RenewAllResponse(
                ok: false, transactionDate: now, institutionID: institution, renewedItems: [], unrenewedItems: [])
            response.screenMessage = messages
            return .renewAll(response)
        case .itemInformation:
            var response = SIP2ItemInformationResponse(
                circulationStatus: .other, transactionDate: now, itemIdentifier: item, titleIdentifier: "")
            response.screenMessage = messages
            return .itemInformation(response)
        case .feePaid:
            var response = SIP2FeePaidResponse(
                paymentAccepted: false, transactionDate: now, institutionID: institution, patronIdentifier: patron)
            response.screenMessage = messages
            return .feePaid(response)
        case .endPatronSession:
            var response = SIP2EndSessionResponse(
                endSession: false, transactionDate: now, institutionID: institution, patronIdentifier: patron)
            response.screenMessage = messages
            return .endSession(response)
        default: return nil
        }
    }

    private func loan(_ code: SIP2MessageCode, _ now: SIP2Timestamp) -> SIP2LoanResponse {
        var response = SIP2LoanResponse(
            code: code, ok: false, renewalOK: false, transactionDate: now, institutionID: institution,
            patronIdentifier: patron, itemIdentifier: item, titleIdentifier: "", dueDate: "")
        response.magneticMedia = .unknown
        response.desensitize = .no
        response.screenMessage = [reason]
        return response
    }

    /// Status flags of a patron the ACS could not look up: nothing is allowed.
    static let denied: SIP2PatronStatus = [
        .chargePrivilegesDenied, .renewalPrivilegesDenied, .recallPrivilegesDenied, .holdPrivilegesDenied,
    ]
}
