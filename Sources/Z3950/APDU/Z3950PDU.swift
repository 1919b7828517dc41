/// A Z39.50 APDU (Z39.50-2003 Appendix 1, PDU CHOICE), the unit sent on the connection.
public enum Z3950PDU: Sendable, Hashable {
    case initRequest(Z3950InitializeRequest)
    case initResponse(Z3950InitializeResponse)
    case searchRequest(Z3950SearchRequest)
    case searchResponse(Z3950SearchResponse)
    case presentRequest(Z3950PresentRequest)
    case presentResponse(Z3950PresentResponse)
    case scanRequest(Z3950ScanRequest)
    case scanResponse(Z3950ScanResponse)
    case close(Z3950Close)
    /// An APDU of a service this server does not offer (delete, sort, extended services …), by tag.
    case unsupported(tag: Int, referenceId: [UInt8]?)

    /// Parses one APDU from exactly these bytes.
    public static func decode(_ bytes: [UInt8]) throws(Z3950Error) -> Z3950PDU {
        let value = try BERCodec.parse(bytes)
        guard value.tagClass == .context, case .constructed = value.content else {
            throw Z3950Error.malformed("an APDU is a constructed context-tagged element", offset: 0)
        }
        switch value.tag {
        case 20: return .initRequest(try Z3950InitializeRequest(value))
        case 21: return .initResponse(try Z3950InitializeResponse(value))
        case 22: return .searchRequest(try Z3950SearchRequest(value))
        case 23: return .searchResponse(try Z3950SearchResponse(value))
        case 24: return .presentRequest(try Z3950PresentRequest(value))
        case 25: return .presentResponse(try Z3950PresentResponse(value))
        case 35: return .scanRequest(try Z3950ScanRequest(value))
        case 36: return .scanResponse(try Z3950ScanResponse(value))
        case 48: return .close(try Z3950Close(value))
        case 26...47: return .unsupported(tag: value.tag, referenceId: value.child(2)?.bytes)
        default: throw Z3950Error.malformed("unknown APDU [\(value.tag)]", offset: 0)
        }
    }

    /// The BER encoding (definite lengths).
    public var encoded: [UInt8] { BERCodec.encode(value) }

    var value: BERValue {
        switch self {
        case .initRequest(let pdu): pdu.value
        case .initResponse(let pdu): pdu.value
        case .searchRequest(let pdu): pdu.value
        case .searchResponse(let pdu): pdu.value
        case .presentRequest(let pdu): pdu.value
        case .presentResponse(let pdu): pdu.value
        case .scanRequest(let pdu): pdu.value
        case .scanResponse(let pdu): pdu.value
        case .close(let pdu): pdu.value
        case .unsupported(let tag, let referenceId):
            .constructed(tag, [referenceId.map { BERValue(.context, 2, .primitive($0)) }])
        }
    }
}
