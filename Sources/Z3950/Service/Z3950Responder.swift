import Logging

/// Answers the APDUs of one session: Init, Search, Present, Scan and Close, over the catalogue.
public struct Z3950Responder: Sendable {
    public let catalog: Z3950Catalog
    public let configuration: Z3950Configuration
    let logger: Logger

    public init(
        catalog: Z3950Catalog, configuration: Z3950Configuration, logger: Logger = Logger(label: "pinakes.z3950")
    ) {
        self.catalog = catalog
        self.configuration = configuration
        self.logger = logger
    }

    /// What to send back, and whether the connection ends after it.
    public struct Reply: Sendable {
        public var pdus: [Z3950PDU]
        public var closes: Bool
    }

    /// Options this server offers (Z39.50-2003 3.2.1.1.3).
    static let offered: Set<Z3950Option> = [.search, .present, .scan, .namedResultSets]

    /// The answer to `pdu` in `session`, updating the session.
    public func respond(to pdu: Z3950PDU, session: inout Z3950Session) async -> Reply {
        if case .initRequest(let request) = pdu {
            return Reply(pdus: [.initResponse(initialize(request, session: &session))], closes: false)
        }
        guard session.phase == .open else {
            session.close()
            return Self.abort("Init must come first")
        }
        switch pdu {
        case .searchRequest(let request):
            return Reply(pdus: [.searchResponse(await search(request, session: &session))], closes: false)
        case .presentRequest(let request):
            return Reply(pdus: [.presentResponse(await present(request, session: session))], closes: false)
        case .scanRequest(let request):
            return Reply(pdus: [.scanResponse(await scan(request))], closes: false)
        case .close(let close):
            session.close()
            return Reply(pdus: [.close(Z3950Close(referenceId: close.referenceId, reason: .finished))], closes: true)
        case .unsupported(let tag, _):
            session.close()
            return Self.abort("service [\(tag)] is not offered")
        default:
            session.close()
            return Self.abort("a server does not accept responses")
        }
    }

    /// Close with reason protocolError.
    public static func abort(_ why: String) -> Reply {
        Reply(pdus: [.close(Z3950Close(reason: .protocolError, diagnosticInformation: why))], closes: true)
    }

    private func initialize(_ request: Z3950InitializeRequest, session: inout Z3950Session) -> Z3950InitializeResponse {
        let size = max(4096, min(request.preferredMessageSize, configuration.maximumMessageSize))
        let record = max(4096, min(request.exceptionalRecordSize, configuration.maximumMessageSize))
        session.open(messageSize: max(size, record))
        let versions = request.protocolVersions.intersection([0, 1, 2])
        return Z3950InitializeResponse(
            referenceId: request.referenceId, protocolVersions: versions.isEmpty ? [0, 1] : versions,
            options: request.options.intersection(Self.offered), preferredMessageSize: size,
            exceptionalRecordSize: record, result: true, implementationId: "Pinakes",
            implementationName: "Pinakes union catalogue", implementationVersion: "1.0")
    }

    /// The first database name that is not served, if any.
    func unknownDatabase(_ names: [String]) -> String? {
        if names.isEmpty { return "" }
        return names.first { !configuration.serves($0) }
    }
}
