import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id — the caller's `X-Request-Id` when it is a safe token, else a new one — returns it
/// in the `X-Request-Id` response header, puts it in the request logger's metadata (`request_id`) so every line
/// logged for the request carries it, and writes one access line per request at `info`.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = PinakesRequestContext
    static let header = HTTPField.Name("X-Request-Id")!
    /// The longest id accepted from a caller.
    static let maximumLength = 128

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        var context = context
        let id = request.headers[Self.header].flatMap(Self.accepted) ?? Self.fresh()
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        // Hummingbird's own id (`context.id`) becomes the same one, so there is one id per request in the logs.
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        do {
            var response = try await next(request, context)
            response.headers[Self.header] = id
            Self.logAccess(request, context: context, status: Int(response.status.code), since: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            Self.logAccess(request, context: context, status: Int(status), since: start)
            throw error
        }
    }

    /// `value` when it is 1 to 128 characters of `A-Z a-z 0-9 . _ -` (safe in headers and logs), else nil.
    static func accepted(_ value: String) -> String? {
        guard (1...maximumLength).contains(value.utf8.count) else { return nil }
        let safe = value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
        return safe ? value : nil
    }

    /// A new random id (a lowercase UUID).
    static func fresh() -> String { UUID().uuidString.lowercased() }

    /// The access line: method, path (without the query, which may hold search terms or tokens), matched route,
    /// status and duration in milliseconds.
    static func logAccess(_ request: Request, context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        context.logger.info(
            "\(request.method.rawValue) \(request.uri.path) \(status)",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.uri.path),
                "route": .string(context.endpointPath ?? "unmatched"), "status": .stringConvertible(status),
                "duration_ms": .stringConvertible((milliseconds * 100).rounded() / 100),
            ])
    }
}
