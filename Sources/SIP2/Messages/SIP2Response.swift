/// Every message this server (the ACS) sends.
public enum SIP2Response: Sendable, Equatable {
    case login(SIP2LoginResponse)
    case acsStatus(SIP2ACSStatusResponse)
    case patronStatus(SIP2PatronStatusResponse)
    case patronInformation(SIP2PatronInformationResponse)
    /// Checkout (12) or renew (30) response.
    case loan(SIP2LoanResponse)
    case checkin(SIP2CheckinResponse)
    case renewAll(SIP2RenewAllResponse)
    case itemInformation(SIP2ItemInformationResponse)
    case feePaid(SIP2FeePaidResponse)
    case endSession(SIP2EndSessionResponse)
    /// Request SC resend (96): the last message arrived damaged; send it again.
    case requestSCResend

    /// Reads the message the reader's code names (the kiosk's side, and tests).
    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        switch reader.code {
        case .loginResponse: self = .login(try SIP2LoginResponse(reading: &reader))
        case .acsStatus: self = .acsStatus(try SIP2ACSStatusResponse(reading: &reader))
        case .patronStatusResponse: self = .patronStatus(try SIP2PatronStatusResponse(reading: &reader))
        case .patronInformationResponse:
            self = .patronInformation(try SIP2PatronInformationResponse(reading: &reader))
        case .checkoutResponse, .renewResponse: self = .loan(try SIP2LoanResponse(reading: &reader))
        case .checkinResponse: self = .checkin(try SIP2CheckinResponse(reading: &reader))
        case .renewAllResponse: self = .renewAll(try SIP2RenewAllResponse(reading: &reader))
        case .itemInformationResponse: self = .itemInformation(try SIP2ItemInformationResponse(reading: &reader))
        case .feePaidResponse: self = .feePaid(try SIP2FeePaidResponse(reading: &reader))
        case .endSessionResponse: self = .endSession(try SIP2EndSessionResponse(reading: &reader))
        case .requestSCResend: self = .requestSCResend
        default: throw .unsupportedMessage(code: reader.code.rawValue)
        }
    }

    /// The message, for writing.
    public var message: (any SIP2Message)? {
        switch self {
        case .login(let message): message
        case .acsStatus(let message): message
        case .patronStatus(let message): message
        case .patronInformation(let message): message
        case .loan(let message): message
        case .checkin(let message): message
        case .renewAll(let message): message
        case .itemInformation(let message): message
        case .feePaid(let message): message
        case .endSession(let message): message
        case .requestSCResend: nil
        }
    }

    /// The message code.
    public var code: SIP2MessageCode { message?.code ?? .requestSCResend }

    /// The message text without sequence number, checksum or terminator.
    public var text: String { message?.text ?? SIP2MessageCode.requestSCResend.rawValue }
}
