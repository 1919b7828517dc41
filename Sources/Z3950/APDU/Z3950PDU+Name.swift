extension Z3950PDU {
    /// The APDU's name as the standard spells it (`searchRequest`), for logs and metrics.
    public var name: String {
        switch self {
        case .initRequest: return "initRequest"
        case .initResponse: return "initResponse"
        case .searchRequest: return "searchRequest"
        case .searchResponse: return "searchResponse"
        case .presentRequest: return "presentRequest"
        case .presentResponse: return "presentResponse"
        case .scanRequest: return "scanRequest"
        case .scanResponse: return "scanResponse"
        case .close: return "close"
        case .unsupported(let tag, _): return "unsupported-\(tag)"
        }
    }
}
