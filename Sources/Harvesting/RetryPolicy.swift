import Foundation

/// How a harvest retries a request: exponential back-off on network errors and 5xx answers, the provider's
/// `Retry-After` on `503` (OAI-PMH 2.0 §3.1.2.3 flow control; RFC 9110 §10.2.3), and a maximum number of tries.
public struct RetryPolicy: Sendable, Hashable {
    /// Tries in all, the first included.
    public var maximumTries: Int
    /// The wait after the first failure; doubled after each further one.
    public var initialDelay: Double
    /// No wait is longer than this, whatever the provider asks.
    public var maximumDelay: Double

    public init(maximumTries: Int = 5, initialDelay: Double = 1, maximumDelay: Double = 120) {
        self.maximumTries = max(1, maximumTries)
        self.initialDelay = max(0, initialDelay)
        self.maximumDelay = max(0, maximumDelay)
    }

    /// What to do after a failed try.
    public enum Decision: Sendable, Hashable {
        /// Wait this many seconds, then try again.
        case retry(after: Double)
        /// Stop: the failure is final.
        case giveUp
    }

    /// Why a try failed.
    public enum Failure: Sendable, Hashable {
        /// No HTTP answer at all (refused, reset, timed out).
        case network
        /// An HTTP status, with the `Retry-After` header when the provider sent one.
        case status(Int, retryAfter: String?)
    }

    /// The decision after try number `attempt` (1 for the first) failed with `failure`, at time `now`.
    public func decision(after attempt: Int, failure: Failure, now: Date = Date()) -> Decision {
        guard attempt < maximumTries else { return .giveUp }
        let backOff = min(maximumDelay, initialDelay * pow(2, Double(attempt - 1)))
        switch failure {
        case .network:
            return .retry(after: backOff)
        case .status(let code, let retryAfter):
            guard code >= 500 else { return .giveUp }
            if code == 503, let asked = retryAfter.flatMap({ Self.seconds(retryAfter: $0, now: now) }) {
                return .retry(after: min(maximumDelay, asked))
            }
            return .retry(after: backOff)
        }
    }

    /// A `Retry-After` value in seconds: delay-seconds, or an HTTP-date (IMF-fixdate, RFC 9110 §5.6.7) from now.
    public static func seconds(retryAfter value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return Double(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }
}
