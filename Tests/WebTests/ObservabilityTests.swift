import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PinakesApp
import Synchronization
import Testing
import Web

/// Log lines written by a `JSONLogHandler`, kept for the test to read.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    /// A logger at `info` whose lines land here.
    func logger() -> Logger {
        var logger = Logger(label: "pinakes.test") { label in
            JSONLogHandler(label: label, level: .info) { line in self.lines.withLock { $0.append(line) } }
        }
        logger.logLevel = .info
        return logger
    }

    /// Every line, parsed; a line that is not one JSON object fails the test.
    func records() throws -> [[String: Any]] {
        try lines.withLock { $0 }.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }
}

private struct Explosion: Error {}

@Suite struct RequestsCarryAnIDIntoTheirResponseAndLogs {
    static let header = HTTPField.Name("X-Request-Id")!

    @Test func aSafeIDIsEchoedAndAMissingOrUnsafeOneIsReplaced() async throws {
        let fixture = try await WebFixture.make()
        let longest = String(repeating: "a", count: 128)
        try await fixture.app.test(.router) { client in
            let given = try await client.execute(uri: "/health", method: .get, headers: [Self.header: "abc-123"])
            #expect(given.headers[Self.header] == "abc-123")
            let kept = try await client.execute(uri: "/health", method: .get, headers: [Self.header: longest])
            #expect(kept.headers[Self.header] == longest)
            var fresh: [String] = []
            for unsafe in ["", "has space", "semi;colon", "<script>", "ünïcode", longest + "a"] {
                let response = try await client.execute(uri: "/health", method: .get, headers: [Self.header: unsafe])
                let id = try #require(response.headers[Self.header])
                #expect(id != unsafe && UUID(uuidString: id) != nil, "\(unsafe) gave \(id)")
                fresh.append(id)
            }
            let none = try await client.execute(uri: "/health", method: .get)
            fresh.append(try #require(none.headers[Self.header]))
            #expect(Set(fresh).count == fresh.count)
        }
        await fixture.node.shutdown()
    }

    @Test func accessAndErrorLinesCarryTheRequestID() async throws {
        let fixture = try await WebFixture.make()
        let (router, _) = WebApplication.buildRouter(services: fixture.node.webServices(), pages: try await .load())
        router.get("/test/explode") { _, _ -> Response in throw Explosion() }
        let log = CapturedLog()
        let app = Application(router: router, logger: log.logger())
        try await app.test(.router) { client in
            let ok = try await client.execute(uri: "/health?probe=1", method: .get, headers: [Self.header: "ok-1"])
            #expect(ok.status == .ok)
            let failed = try await client.execute(
                uri: "/test/explode", method: .get, headers: [Self.header: "boom.2", .accept: "application/json"])
            #expect(failed.status == .internalServerError && failed.headers[Self.header] == "boom.2")
        }
        let records = try log.records()
        let access = try #require(records.first { $0["request_id"] as? String == "ok-1" })
        #expect(access["level"] as? String == "info" && access["msg"] as? String == "GET /health 200")
        #expect(access["status"] as? Int == 200 && access["path"] as? String == "/health")
        #expect(access["route"] as? String == "/health" && access["method"] as? String == "GET")
        #expect(access["duration_ms"] is Double && access["hb.request.id"] == nil)
        let ts = try #require(access["ts"] as? String)
        #expect(ts.count == 24 && ts.hasSuffix("Z") && ts.contains("."))
        let lines = records.filter { $0["request_id"] as? String == "boom.2" }
        #expect(
            lines.contains {
                $0["level"] as? String == "error" && ($0["msg"] as? String)?.contains("Explosion") == true
            })
        #expect(lines.contains { $0["status"] as? Int == 500 && $0["route"] as? String == "/test/explode" })
        await fixture.node.shutdown()
    }
}

@Suite struct OperatorsScrapeMetricsAndProbeReadiness {
    @Test func metricsShowRequestsInFlightDatabaseImportsAndTheBuild() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            for _ in 0..<3 { _ = try await client.execute(uri: "/api/v1/search?q=西游记", method: .get) }
            _ = try await client.execute(uri: "/no/such/page", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            let text = String(buffer: response.body)
            let search = #"pinakes_http_requests_total{method="GET",route="/api/v1/search",status="200"}"#
            #expect(try #require(Self.value(search, in: text)) >= 3)
            #expect(text.contains(#"pinakes_http_requests_total{method="GET",route="NotFound",status="404"}"#))
            #expect(try #require(Self.value("pinakes_http_requests_in_flight", in: text)) >= 1)
            #expect(
                try #require(Self.value(#"pinakes_build_info{version="\#(PinakesMetrics.version)"}"#, in: text)) == 1)
            #expect(try #require(Self.value("pinakes_process_uptime_seconds", in: text)) > 0)
            // The fixture imported one record and committed transactions, counted through swift-metrics.
            #expect(try #require(Self.value(#"pinakes_import_records_total{outcome="read"}"#, in: text)) >= 1)
            #expect(try #require(Self.value(#"pinakes_db_transactions_total{outcome="committed"}"#, in: text)) >= 1)
            #expect(
                try #require(Self.value(#"pinakes_db_connection_wait_seconds_count{role="primary"}"#, in: text)) >= 1)
            #expect(Self.value(#"pinakes_db_connections_in_use{role="primary"}"#, in: text) != nil)
        }
        await fixture.node.shutdown()
    }

    @Test func readyIs503WhenTheDatabaseIsClosedWhileHealthStaysUp() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            #expect(try await client.execute(uri: "/ready", method: .get).status == .ok)
            await fixture.node.shutdown()
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body).contains(#""status":"unavailable""#))
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }

    @Test func readyIs503OnceTheNodeDrains() async throws {
        let fixture = try await WebFixture.make()
        let serving = ServingState()
        let (router, _) = WebApplication.buildRouter(
            services: fixture.node.webServices(), pages: try await .load(), serving: serving)
        try await Application(router: router).test(.router) { client in
            #expect(try await client.execute(uri: "/ready", method: .get).status == .ok)
            serving.beginDraining()
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(ready.status == .serviceUnavailable && String(buffer: ready.body) == #"{"status":"draining"}"#)
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
        await fixture.node.shutdown()
    }

    /// The value of the sample `series` (name and labels exactly as emitted), if the text has it.
    static func value(_ series: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }
}

@Suite struct JSONLogLinesAreOneObjectEach {
    @Test func messagesAndMetadataAreEscapedAndTyped() throws {
        let log = CapturedLog()
        let logger = log.logger()
        logger.info(
            "quote \" backslash \\ newline \n tab \t bell \u{7} 汉字",
            metadata: [
                "count": .stringConvertible(3), "ratio": .stringConvertible(0.5), "flag": .stringConvertible(true),
                "nested": .dictionary(["list": .array([.string("a"), .stringConvertible(2)])]),
                "msg": .string("cannot replace the message"),
            ])
        logger.debug("below the level")
        let records = try log.records()
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record["msg"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{7} 汉字")
        #expect(record["logger"] as? String == "pinakes.test" && record["level"] as? String == "info")
        #expect(record["count"] as? Int == 3 && record["ratio"] as? Double == 0.5 && record["flag"] as? Bool == true)
        let nested = try #require(record["nested"] as? [String: Any])
        #expect((nested["list"] as? [Any])?.count == 2)
    }
}
