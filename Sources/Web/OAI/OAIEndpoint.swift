import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import Prometheus

/// `GET` and `POST /oai`: the OAI-PMH 2.0 provider of the member records, open to anyone (harvesters have no
/// accounts). POST takes the arguments as an `application/x-www-form-urlencoded` body (OAI-PMH 2.0 §3.1.1.2).
enum OAIEndpoint {
    /// POST bodies larger than this are refused; OAI-PMH arguments are short.
    static let maximumBody = 64 << 10

    static func register(on routes: RouteTable, services: WebServices) {
        let environment = ProcessInfo.processInfo.environment
        let repository = OAIRepository(
            feed: CatalogFeed(database: services.database, libraries: services.libraries), clock: services.clock,
            pageSize: OAIRepository.defaultPageSize,
            configuredRepository: environment["PINAKES_OAI_REPOSITORY"].flatMap(OAIItemIdentifier.repository(host:)),
            configuredAdminEmail: environment["PINAKES_OAI_ADMIN_EMAIL"].flatMap { $0.contains("@") ? $0 : nil })
        routes.add(.get, "/oai", access: .anyone, checksCSRF: false) { request, _ in
            try await answer(
                request, pairs: OAIArguments.pairs(request.uri.query ?? ""), repository: repository,
                services: services)
        }
        routes.add(.post, "/oai", access: .anyone, checksCSRF: false) { request, _ in
            var request = request
            let type = request.headers[.contentType] ?? ""
            guard type.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
                throw WebError.badRequest(
                    "POST /oai takes application/x-www-form-urlencoded arguments, not \(type.isEmpty ? "no type" : type)"
                )
            }
            let body = try await request.collectBody(upTo: maximumBody)
            return try await answer(
                request, pairs: OAIArguments.pairs(String(buffer: body)), repository: repository, services: services)
        }
    }

    private static func answer(
        _ request: Request, pairs: [(String, String)], repository: OAIRepository, services: WebServices
    ) async throws -> Response {
        let authority = request.headers[.hostHeader] ?? request.head.authority
        let scheme = request.headers[.xForwardedProto] ?? request.head.scheme ?? "http"
        let base = authority.map { "\(scheme)://\($0)" } ?? services.sharing?.address.base ?? "http://localhost"
        let bytes = try await repository.respond(to: pairs, baseURL: base + "/oai", host: authority.map(hostName))
        let verb = pairs.first { $0.0 == "verb" }?.1 ?? ""
        services.metrics.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "pinakes", metricName: "oai_requests", unitName: "total",
                helpText: "OAI-PMH requests by verb"),
            labels: [("verb", OAIVerb(rawValue: verb)?.rawValue ?? "bad")]
        ).increment()
        return Response(
            status: .ok, headers: [.contentType: "text/xml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The host name of an authority (`host:port`, `[v6]:port`).
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("[") { return String(authority.prefix { $0 != "]" }.dropFirst()) }
        return String(authority.prefix { $0 != ":" })
    }
}

extension HTTPField.Name {
    /// `Host` as an HTTP/1 client sent it; HTTPTypes hides the name in favour of `authority`, but requests
    /// built by hand (router tests, some proxies) carry it as a field.
    // A literal that is a valid field name token, so the initialiser cannot return nil.
    static let hostHeader = HTTPField.Name("Host")!

    /// `X-Forwarded-Proto`, the scheme a proxy in front of the node was reached by.
    // A literal that is a valid field name token, so the initialiser cannot return nil.
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
