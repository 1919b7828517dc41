/// The six OAI-PMH 2.0 requests (§4) and the arguments each takes.
enum OAIVerb: String, Sendable, CaseIterable {
    case identify = "Identify"
    case listMetadataFormats = "ListMetadataFormats"
    case listSets = "ListSets"
    case listIdentifiers = "ListIdentifiers"
    case listRecords = "ListRecords"
    case getRecord = "GetRecord"

    /// Arguments the verb must have (when not resuming).
    var required: Set<String> {
        switch self {
        case .identify, .listMetadataFormats, .listSets: []
        case .listIdentifiers, .listRecords: ["metadataPrefix"]
        case .getRecord: ["identifier", "metadataPrefix"]
        }
    }

    /// Arguments the verb may have.
    var optional: Set<String> {
        switch self {
        case .identify, .getRecord: []
        case .listMetadataFormats: ["identifier"]
        case .listSets: ["resumptionToken"]
        case .listIdentifiers, .listRecords: ["from", "until", "set", "resumptionToken"]
        }
    }
}
