import Foundation
import Logging

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches OAI-PMH requests over HTTP GET (OAI-PMH 2.0 §3.1.1) with Foundation's URL loading, retrying as
/// `RetryPolicy` says.
public struct OAIClient: Sendable {
    public var policy: RetryPolicy
    /// Seconds to wait for one answer.
    public var timeout: TimeInterval
    public var logger: Logger
    /// Waits between tries; replaceable so a test can record the waits instead of sleeping.
    public var sleep: @Sendable (Double) async throws -> Void

    public init(
        policy: RetryPolicy = RetryPolicy(), timeout: TimeInterval = 60, logger: Logger = Logger(label: "harvest"),
        sleep: @escaping @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }
    ) {
        self.policy = policy
        self.timeout = timeout
        self.logger = logger
        self.sleep = sleep
    }

    /// The request URL: the base URL with `verb` and arguments as query parameters.
    public static func requestURL(base: String, arguments: [(String, String)]) throws -> URL {
        guard var components = URLComponents(string: base), components.scheme == "http" || components.scheme == "https",
            components.host != nil
        else { throw HarvestError.invalidSource("\(base) is not an http(s) base URL") }
        var items = components.queryItems ?? []
        items += arguments.map { URLQueryItem(name: $0.0, value: $0.1) }
        components.queryItems = items
        // URLComponents leaves `+` and `/` alone, but a resumption token may contain them (§3.1.1.1 encoding).
        components.percentEncodedQuery = components.percentEncodedQuery?
            .replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.url else { throw HarvestError.invalidSource("\(base) cannot take OAI arguments") }
        return url
    }

    /// The body of a 200 answer for `url`, after as many tries as the policy allows.
    public func get(_ url: URL) async throws -> [UInt8] {
        var attempt = 1
        while true {
            let failure: RetryPolicy.Failure
            let reason: String
            do {
                var request = URLRequest(url: url, timeoutInterval: timeout)
                request.setValue("text/xml, application/xml", forHTTPHeaderField: "Accept")
                request.setValue("Pinakes OAI-PMH harvester", forHTTPHeaderField: "User-Agent")
                let (data, response) = try await URLSession.shared.data(for: request)
                let http = response as? HTTPURLResponse
                let status = http?.statusCode ?? 0
                if status == 200 { return [UInt8](data) }
                failure = .status(status, retryAfter: http?.value(forHTTPHeaderField: "Retry-After"))
                reason = "HTTP \(status)"
            } catch {
                failure = .network
                reason = error.localizedDescription
            }
            switch policy.decision(after: attempt, failure: failure) {
            case .giveUp:
                throw HarvestError.unreachable(url: url.absoluteString, tries: attempt, reason: reason)
            case .retry(let seconds):
                logger.info("\(url.absoluteString): \(reason); trying again in \(seconds) s")
                try await sleep(seconds)
                attempt += 1
            }
        }
    }
}
