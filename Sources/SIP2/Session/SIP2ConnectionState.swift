/// The per-connection protocol state as a value: each received line gives an action, and the service's
/// response gives the bytes to send. Holds the session, the last response (for 97 request ACS resend) and
/// the last request (so a repeated message with the same sequence number is answered again without being
/// carried out twice).
public struct SIP2ConnectionState: Sendable {
    /// What the connection must do next.
    public enum Action: Sendable, Equatable {
        /// Write these bytes; nothing else to do.
        case send([UInt8])
        /// Ask the service (through `SIP2Responder`), then pass its response to `performed(_:)`.
        case perform(SIP2Request)
        /// Nothing to answer (an empty line).
        case ignore
    }

    public private(set) var session = SIP2Session()
    private let configuration: SIP2Configuration
    private let codec: SIP2Codec
    private var lastResponse: [UInt8]?
    private var lastRequest: [UInt8]?
    private var pending: (request: SIP2Request, line: [UInt8], sequence: Int?)?

    public init(configuration: SIP2Configuration) {
        self.configuration = configuration
        self.codec = configuration.codec
    }

    /// A line arrived (terminator included or not).
    public mutating func received(line: [UInt8]) -> Action {
        let frame: SIP2Frame
        do {
            frame = try codec.frame(line)
        } catch .emptyMessage {
            return .ignore
        } catch {
            return resendRequest(checksum: configuration.errorDetection != .disabled)
        }
        if frame.code == SIP2MessageCode.requestACSResend.rawValue {
            guard let lastResponse else { return resendRequest(checksum: frame.hasChecksum) }
            return .send(lastResponse)
        }
        session.usesErrorDetection = frame.hasChecksum
        if let sequence = frame.sequenceNumber, sequence == session.lastSequenceNumber, line == lastRequest,
            let lastResponse
        {
            return .send(lastResponse)
        }
        let request: SIP2Request
        do {
            request = try codec.request(from: frame)
        } catch {
            return refuse(frame: frame, line: line, reason: error.description)
        }
        if configuration.requireLogin, !session.isLoggedIn, !Self.allowedBeforeLogin(request) {
            return refuse(frame: frame, line: line, reason: SIP2Error.loginRequired.description)
        }
        pending = (request, line, frame.sequenceNumber)
        return .perform(request)
    }

    /// A line longer than the configured maximum arrived; `prefix` holds its first bytes.
    public mutating func receivedOversized(prefix: [UInt8]) -> Action {
        let frame = SIP2Frame(message: prefix, sequenceNumber: nil, hasChecksum: session.usesErrorDetection)
        let reason = SIP2Error.frameTooLong(limit: configuration.maxFrameLength).description
        return refuse(frame: frame, line: [], reason: reason)
    }

    /// The response to the request of the last `.perform`; returns the bytes to write.
    public mutating func performed(_ response: SIP2Response) -> [UInt8] {
        guard let (request, line, sequence) = pending else {
            return codec.encode(response, sequenceNumber: nil, checksum: session.usesErrorDetection)
        }
        pending = nil
        apply(request, response)
        return remember(response, line: line, sequence: sequence)
    }

    private mutating func apply(_ request: SIP2Request, _ response: SIP2Response) {
        switch (request, response) {
        case (.login(let login), .login(let answer)) where answer.ok:
            session.loginUser = login.userID
            session.location = login.locationCode
        case (.endPatronSession, .endSession(let answer)) where answer.endSession:
            session.patron = nil
        case (.patronStatus(let message), _): session.patron = message.patronIdentifier
        case (.patronInformation(let message), _): session.patron = message.patronIdentifier
        default: break
        }
        if let institution = Self.institution(of: request) { session.institution = institution }
    }

    private mutating func remember(_ response: SIP2Response, line: [UInt8], sequence: Int?) -> [UInt8] {
        let bytes = codec.encode(response, sequenceNumber: sequence, checksum: session.usesErrorDetection)
        lastResponse = bytes
        lastRequest = line
        session.lastSequenceNumber = sequence
        return bytes
    }

    private mutating func refuse(frame: SIP2Frame, line: [UInt8], reason: String) -> Action {
        guard let code = SIP2MessageCode(rawValue: frame.code) else {
            return resendRequest(checksum: frame.hasChecksum)
        }
        let refusal = SIP2Refusal(
            scanning: frame.message, charset: configuration.charset,
            defaultInstitution: session.institution ?? configuration.institutionID, reason: reason)
        guard let response = refusal.response(to: code, at: configuration.timestamp) else {
            return resendRequest(checksum: frame.hasChecksum)
        }
        return .send(remember(response, line: line, sequence: frame.sequenceNumber))
    }

    private mutating func resendRequest(checksum: Bool) -> Action {
        let bytes = codec.encode(.requestSCResend, sequenceNumber: nil, checksum: checksum)
        lastResponse = bytes
        return .send(bytes)
    }

    private static func allowedBeforeLogin(_ request: SIP2Request) -> Bool {
        switch request {
        case .login, .scStatus, .requestACSResend: true
        default: false
        }
    }

    static func institution(of request: SIP2Request) -> String? {
        switch request {
        case .patronStatus(let message): message.institutionID
        case .patronInformation(let message): message.institutionID
        case .checkout(let message): message.institutionID
        case .checkin(let message): message.institutionID
        case .renew(let message): message.institutionID
        case .renewAll(let message): message.institutionID
        case .itemInformation(let message): message.institutionID
        case .feePaid(let message): message.institutionID
        case .endPatronSession(let message): message.institutionID
        case .login, .scStatus, .requestACSResend: nil
        }
    }
}
