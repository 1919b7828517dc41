import Catalog
import Foundation
import Hummingbird
import PinakesApp
import Web

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The search API over HTTP, served in this process on a loopback port and driven by wrk
/// (`Benchmarks/http/search.lua` cycles through the query set, facets on).
///
/// The server is the real application's router with its middleware (metrics, errors, sessions). While the web
/// part's `/api/v1/search` is not on this branch, a stand-in route with the same service and JSON body is added
/// to that router, and the report says so.
struct SearchHTTP {
    let node: PinakesNode
    let queriesPath: String
    let scriptPath: String

    struct Outcome: Sendable {
        /// Sequential requests on one connection.
        var latency: Percentiles?
        /// Two wrk threads, 16 connections; server and wrk share the machine's two cores.
        var searchesPerSecond: Double?
        var errors = 0
        var notes: [String] = []
    }

    func run(latencySeconds: Int = 10, throughputSeconds: Int = 15) async -> Outcome {
        var outcome = Outcome()
        guard ChildProcess.exists("wrk") else {
            outcome.notes.append("wrk is not installed (apt-get install wrk): no HTTP figures")
            return outcome
        }
        let port = PortBox()
        guard let (app, standIn) = try? await application(port: port) else {
            outcome.notes.append("the HTTP application could not be built")
            return outcome
        }
        if standIn { outcome.notes.append(Self.standInNote) }
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        guard let bound = await port.wait(seconds: 30) else {
            outcome.notes.append("the HTTP server did not start within 30 s")
            return outcome
        }
        let base = "http://127.0.0.1:\(bound)"
        if let problem = await smokeTest(base) { outcome.notes.append(problem) }
        if let single = wrk(base, threads: 1, connections: 1, seconds: latencySeconds) {
            outcome.latency = Percentiles(p50: single.p50, p95: single.p95, p99: single.p99)
            outcome.errors += single.errors
        }
        if let load = wrk(base, threads: 2, connections: 16, seconds: throughputSeconds) {
            outcome.searchesPerSecond = load.rate
            outcome.errors += load.errors
        }
        return outcome
    }

    static let standInNote =
        "HTTP: /api/v1/search is not on this branch yet; measured through a stand-in route on the real router "
        + "and middleware (SimpleQuery.parse, CatalogSearch.search with limit 20 and facets, JSONEncoder)"

    /// The application's router, with the stand-in search route when the real one is missing.
    private func application(port: PortBox) async throws -> (some ApplicationProtocol, Bool) {
        let pages = try await PageRenderer.load()
        let (router, routes) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        let standIn = !routes.entries.contains { $0.path == "/api/v1/search" }
        if standIn {
            let search = CatalogSearch(database: node.database, libraries: node.libraries)
            router.get("/api/v1/search") { request, _ -> Response in
                let parameters = request.uri.queryParameters
                let (query, filters) = try SimpleQuery.parse(parameters.get("q") ?? "")
                let found = try await search.search(
                    SearchRequest(
                        query: query, filters: filters, limit: parameters.get("limit", as: Int.self) ?? 20,
                        facets: parameters.get("facets") != "false"))
                let body = try JSONEncoder().encode(found)
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
            }
        }
        var logger = node.logger
        logger.logLevel = .critical  // the cancelled server's shutdown messages are not part of the report
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "Pinakes"),
            onServerRunning: { channel in await port.set(channel.localAddress?.port ?? 0) }, logger: logger)
        return (app, standIn)
    }

    /// One search through the API; a note when it does not answer 200 with results.
    private func smokeTest(_ base: String) async -> String? {
        guard let url = URL(string: base + "/api/v1/search?q=history&facets=true") else { return nil }
        do {
            let (data, response) = try await URLSession.shared.data(from: url)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            let body = String(decoding: data.prefix(300), as: UTF8.self)
            return status == 200 ? nil : "GET /api/v1/search answered \(status): \(body)"
        } catch {
            return "GET /api/v1/search failed: \(error)"
        }
    }

    private struct WrkFigures {
        var rate: Double
        var p50: Double
        var p95: Double
        var p99: Double
        var errors: Int
    }

    private func wrk(_ base: String, threads: Int, connections: Int, seconds: Int) -> WrkFigures? {
        let arguments = [
            "wrk", "-t\(threads)", "-c\(connections)", "-d\(seconds)s", "-s", scriptPath, base, "--", queriesPath,
        ]
        guard let result = ChildProcess.run(arguments),
            let line = result.output.split(separator: "\n").last(where: { $0.hasPrefix("search.lua ") }),
            let json = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(11).utf8)) as? [String: Any]
        else { return nil }
        func number(_ key: String) -> Double { (json[key] as? NSNumber)?.doubleValue ?? 0 }
        return WrkFigures(
            rate: number("requests_per_second"), p50: number("p50_ms"), p95: number("p95_ms"),
            p99: number("p99_ms"), errors: Int(number("errors")))
    }
}

/// The port the server reports once it listens.
actor PortBox {
    private var port: Int?

    func set(_ value: Int) { port = value }

    func wait(seconds: Int) async -> Int? {
        for _ in 0..<(seconds * 20) {
            if let port { return port }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return port
    }
}
