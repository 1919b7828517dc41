import Catalog
import Foundation
import HTTPTypes
import Hummingbird

/// `GET` and `POST /sru`: SRU 1.1, 1.2 and 2.0 explain and searchRetrieve over the union catalogue, for
/// anyone. Every answer is HTTP 200 XML; what went wrong is an SRU diagnostic inside it.
enum SRUEndpoint {
    /// Form bodies larger than this are refused with 413 before they are read.
    static let maximumBody = 64 << 10

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/sru", access: .anyone) { request, _ in
            try await answer(SRUParameters(query: request.uri.query, body: nil), request: request, services: services)
        }
        routes.add(.post, "/sru", access: .anyone, checksCSRF: false) { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: maximumBody)
            let form = request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded")
            let parameters = SRUParameters(query: request.uri.query, body: form == true ? String(buffer: body) : nil)
            return try await answer(parameters, request: request, services: services)
        }
    }

    static func answer(_ parameters: SRUParameters, request: Request, services: WebServices) async throws
        -> Response
    {
        let sru = SRURequest(parameters)
        let xml: String
        switch sru.operation {
        case .explain:
            let (host, port) = address(request)
            let record = SRUExplainRecord.write(host: host, port: port)
            xml = SRUResponseWriter.explain(record, request: sru, problem: sru.problem)
        case .searchRetrieve:
            xml = try await searchRetrieve(sru, services: services)
        }
        services.metrics.makeCounter(
            name: "pinakes_sru_requests_total",
            labels: [("operation", sru.operation == .explain ? "explain" : "searchRetrieve")]
        ).increment()
        return Response(
            status: .ok, headers: [.contentType: sru.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: xml)))
    }

    private static func searchRetrieve(_ sru: SRURequest, services: WebServices) async throws -> String {
        if let problem = sru.problem { return SRUResponseWriter.searchRetrieve(nil, request: sru, problem: problem) }
        do {
            let page = try await SRUSearchRetrieve.run(sru, search: services.search)
            return SRUResponseWriter.searchRetrieve(page, request: sru, problem: page.problem)
        } catch let problem as SRUDiagnostic {
            return SRUResponseWriter.searchRetrieve(nil, request: sru, problem: problem)
        }
    }

    /// The host and port clients reached this server at (the request's `Host`), for explain's serverInfo.
    static func address(_ request: Request) -> (String, Int) {
        let authority = request.head.authority ?? "127.0.0.1"
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            let host = String(authority[authority.index(after: authority.startIndex)..<end])
            let rest = authority[authority.index(after: end)...]
            return (host, rest.hasPrefix(":") ? Int(rest.dropFirst()) ?? 80 : 80)
        }
        let parts = authority.split(separator: ":", maxSplits: 1).map(String.init)
        let host = parts.first ?? "127.0.0.1"
        return (host, parts.count > 1 ? Int(parts[1]) ?? 80 : 80)
    }
}
