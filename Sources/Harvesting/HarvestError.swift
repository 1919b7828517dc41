/// What went wrong in a harvest: the one error type of this module.
public enum HarvestError: Error, Sendable, Equatable {
    /// The provider answered with something that is not an OAI-PMH response.
    case badResponse(String)
}
