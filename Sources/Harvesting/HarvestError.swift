/// What went wrong in a harvest: the one error type of this module. Every case says where (URL, resumption
/// token, record identifier) and what.
public enum HarvestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The provider answered with something that is not a usable OAI-PMH response.
    case badResponse(url: String, token: String?, reason: String)
    /// The provider answered with an OAI-PMH `<error>` other than `noRecordsMatch` (OAI-PMH 2.0 §3.6).
    case providerError(url: String, token: String?, code: String, message: String)
    /// The provider could not be reached, or kept failing, after every try.
    case unreachable(url: String, tries: Int, reason: String)
    /// A harvest source, library or option that cannot be used.
    case invalidSource(String)
    /// No harvest source with this id.
    case unknownSource(Int64)

    public var description: String {
        switch self {
        case .badResponse(let url, let token, let reason):
            "\(url)\(Self.tokenText(token)): not a usable OAI-PMH response: \(reason)"
        case .providerError(let url, let token, let code, let message):
            "\(url)\(Self.tokenText(token)): the provider answered error \(code)"
                + (message.isEmpty ? "" : ": \(message)")
        case .unreachable(let url, let tries, let reason):
            "\(url): no answer after \(tries) \(tries == 1 ? "try" : "tries"): \(reason)"
        case .invalidSource(let reason): reason
        case .unknownSource(let id): "there is no harvest source \(id)"
        }
    }

    private static func tokenText(_ token: String?) -> String {
        token.map { " (resumptionToken \($0))" } ?? ""
    }
}
