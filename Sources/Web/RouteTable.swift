import Accounts
import Foundation
import HTTPTypes
import Hummingbird

/// Registers routes together with who may call them, enforces that level and CSRF before the handler runs,
/// and keeps the list so it can be documented and tested.
public final class RouteTable: @unchecked Sendable {
    /// One registered route.
    public struct Entry: Sendable, Hashable {
        public var method: String
        public var path: String
        public var access: Access
    }

    private(set) public var entries: [Entry] = []
    let router: Router<PinakesRequestContext>

    init(router: Router<PinakesRequestContext>) { self.router = router }

    /// Adds a route; the handler runs only for callers that `access` admits. `checksCSRF: false` is only for
    /// anonymous JSON writes that act for no account (online registration), where no session can be ridden.
    func add(
        _ method: HTTPRequest.Method, _ path: RouterPath, access: Access, checksCSRF: Bool = true,
        handler: @escaping @Sendable (Request, PinakesRequestContext) async throws -> Response
    ) {
        entries.append(Entry(method: method.rawValue, path: path.description, access: access))
        router.on(path, method: method) { request, context in
            guard access.admits(context.principal) else {
                if context.principal == nil { throw WebError.unauthenticated("sign in to use \(request.uri.path)") }
                throw WebError.forbidden("your account may not use \(request.method.rawValue) \(request.uri.path)")
            }
            var request = request
            if checksCSRF && method != .get && method != .head && !context.viaAPIToken {
                try await Self.checkCSRF(&request, context: context)
            }
            return try await handler(request, context)
        }
    }

    /// A state-changing request from a browser must carry its session's CSRF token (form field or header).
    static func checkCSRF(_ request: inout Request, context: PinakesRequestContext) async throws {
        guard let expected = context.csrfToken, !expected.isEmpty else { throw WebError.csrf }
        var given = request.headers[.csrfToken]
        if given == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.collectBody(upTo: 1 << 20)
            given = FormFields(String(buffer: body))["csrf_token"]
        }
        guard let given, Secret.constantTimeEquals(given, expected) else { throw WebError.csrf }
    }
}

/// Fields of an `application/x-www-form-urlencoded` body.
struct FormFields {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let key = parts.first, values[key] == nil { values[key] = parts.count > 1 ? parts[1] : "" }
        }
    }

    subscript(key: String) -> String? { values[key] }
}

extension HTTPField.Name {
    /// `X-CSRF-Token`, how scripts running in a signed-in browser session send the session's CSRF token.
    // A literal that is a valid field name token, so the initialiser cannot return nil.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
