/// Every message a kiosk (SC) sends that this server answers.
public enum SIP2Request: Sendable, Equatable {
    case login(SIP2LoginRequest)
    case scStatus(SIP2SCStatusRequest)
    case patronStatus(SIP2PatronStatusRequest)
    case patronInformation(SIP2PatronInformationRequest)
    case checkout(SIP2CheckoutRequest)
    case checkin(SIP2CheckinRequest)
    case renew(SIP2RenewRequest)
    case renewAll(SIP2RenewAllRequest)
    case itemInformation(SIP2ItemInformationRequest)
    case feePaid(SIP2FeePaidRequest)
    case endPatronSession(SIP2EndPatronSessionRequest)
    /// Request ACS resend (97): send the last response again.
    case requestACSResend

    /// Reads the message the reader's code names.
    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        switch reader.code {
        case .login: self = .login(try SIP2LoginRequest(reading: &reader))
        case .scStatus: self = .scStatus(try SIP2SCStatusRequest(reading: &reader))
        case .patronStatusRequest: self = .patronStatus(try SIP2PatronStatusRequest(reading: &reader))
        case .patronInformation: self = .patronInformation(try SIP2PatronInformationRequest(reading: &reader))
        case .checkout: self = .checkout(try SIP2CheckoutRequest(reading: &reader))
        case .checkin: self = .checkin(try SIP2CheckinRequest(reading: &reader))
        case .renew: self = .renew(try SIP2RenewRequest(reading: &reader))
        case .renewAll: self = .renewAll(try SIP2RenewAllRequest(reading: &reader))
        case .itemInformation: self = .itemInformation(try SIP2ItemInformationRequest(reading: &reader))
        case .feePaid: self = .feePaid(try SIP2FeePaidRequest(reading: &reader))
        case .endPatronSession: self = .endPatronSession(try SIP2EndPatronSessionRequest(reading: &reader))
        case .requestACSResend: self = .requestACSResend
        default: throw .unsupportedMessage(code: reader.code.rawValue)
        }
    }

    /// The message, for writing.
    public var message: (any SIP2Message)? {
        switch self {
        case .login(let message): message
        case .scStatus(let message): message
        case .patronStatus(let message): message
        case .patronInformation(let message): message
        case .checkout(let message): message
        case .checkin(let message): message
        case .renew(let message): message
        case .renewAll(let message): message
        case .itemInformation(let message): message
        case .feePaid(let message): message
        case .endPatronSession(let message): message
        case .requestACSResend: nil
        }
    }

    /// The message code.
    public var code: SIP2MessageCode { message?.code ?? .requestACSResend }

    /// The message text without sequence number, checksum or terminator.
    public var text: String { message?.text ?? SIP2MessageCode.requestACSResend.rawValue }
}
