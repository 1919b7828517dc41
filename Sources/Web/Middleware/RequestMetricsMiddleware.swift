import Hummingbird
import Prometheus

/// Counts requests and times them per route for `/metrics`, and keeps a gauge of the requests in progress.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = PinakesRequestContext
    let registry: PrometheusCollectorRegistry
    let inFlight: Gauge

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        inFlight = registry.makeGauge(name: "pinakes_http_requests_in_flight")
    }

    static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        var status = 500
        inFlight.increment()
        defer {
            inFlight.decrement()
            let route = context.endpointPath ?? "unmatched"
            let labels = [("method", request.method.rawValue), ("route", route), ("status", String(status))]
            registry.makeCounter(name: "pinakes_http_requests_total", labels: labels).increment()
            registry.makeDurationHistogram(
                name: "pinakes_http_request_duration_seconds",
                labels: [("method", request.method.rawValue), ("route", route)], buckets: Self.buckets
            ).record(ContinuousClock.now - start)
        }
        let response = try await next(request, context)
        status = Int(response.status.code)
        return response
    }
}
