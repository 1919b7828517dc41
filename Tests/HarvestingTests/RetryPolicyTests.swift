import Foundation
import Testing

@testable import Harvesting

/// When a harvest tries again, and how long it waits.
@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maximumTries: 4, initialDelay: 2, maximumDelay: 30)

    @Test func networkErrorsAndServerErrorsBackOffExponentially() {
        #expect(policy.decision(after: 1, failure: .network) == .retry(after: 2))
        #expect(policy.decision(after: 2, failure: .status(502, retryAfter: nil)) == .retry(after: 4))
        #expect(policy.decision(after: 3, failure: .network) == .retry(after: 8))
        #expect(policy.decision(after: 4, failure: .network) == .giveUp)
    }

    @Test func serviceUnavailableWaitsAsLongAsTheProviderAsksUpToTheMaximum() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(policy.decision(after: 1, failure: .status(503, retryAfter: "7"), now: now) == .retry(after: 7))
        #expect(policy.decision(after: 1, failure: .status(503, retryAfter: "3600"), now: now) == .retry(after: 30))
        #expect(policy.decision(after: 1, failure: .status(503, retryAfter: "soon"), now: now) == .retry(after: 2))
    }

    @Test func retryAfterMayBeAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 784_111_767)  // Sun, 06 Nov 1994 08:49:27 GMT
        #expect(RetryPolicy.seconds(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 10)
        #expect(RetryPolicy.seconds(retryAfter: "Sun, 06 Nov 1994 08:49:00 GMT", now: now) == 0)
    }

    @Test func clientErrorsAreFinal() {
        #expect(policy.decision(after: 1, failure: .status(404, retryAfter: nil)) == .giveUp)
        #expect(policy.decision(after: 1, failure: .status(400, retryAfter: "5")) == .giveUp)
    }

    @Test func requestURLsKeepTheBaseQueryAndEncodeTokens() throws {
        let url = try OAIClient.requestURL(
            base: "https://repo.example/oai?repo=main",
            arguments: [("verb", "ListRecords"), ("resumptionToken", "a+b/c=")])
        #expect(
            url.absoluteString == "https://repo.example/oai?repo=main&verb=ListRecords&resumptionToken=a%2Bb/c%3D"
                || url.absoluteString == "https://repo.example/oai?repo=main&verb=ListRecords&resumptionToken=a%2Bb/c=")
        #expect(throws: HarvestError.self) { try OAIClient.requestURL(base: "ftp://repo.example/", arguments: []) }
    }
}
