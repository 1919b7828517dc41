import Foundation
import HTTPTypes
import Hummingbird
import PinakesCore
import Prometheus

/// `/health`, `/ready`, `/metrics` and the stylesheet: what operators and load balancers call.
enum SystemRoutes {
    static func register(on routes: RouteTable, services: WebServices, serving: ServingState = ServingState()) {
        routes.add(.get, "/health", access: .anyone) { _, _ in
            try JSONResponse.make(["status": "ok"])
        }
        routes.add(.get, "/ready", access: .anyone) { _, _ in
            // Graceful shutdown has begun: in-flight requests finish, new traffic should go elsewhere.
            if serving.isDraining {
                return try JSONResponse.make(["status": "draining"], status: .serviceUnavailable)
            }
            do {
                _ = try await services.database.withConnection { sql in try await sql.raw("SELECT 1 AS one").first() }
                // A replica that is down does not make the node unready: reads fall back to the primary.
                let replica = await services.database.replicaState()
                return try JSONResponse.make(
                    Readiness(
                        status: "ready", database: services.database.backend.rawValue, replica: replica?.rawValue,
                        replicaFallbacks: replica == nil ? nil : services.database.replicaFallbacks))
            } catch {
                return try JSONResponse.make(
                    ["status": "unavailable", "database": "\(error)"], status: .serviceUnavailable)
            }
        }
        routes.add(.get, "/metrics", access: .anyone) { _, _ in
            var output: [UInt8] = []
            ProcessMetrics.refresh(services.metrics)
            services.metrics.emit(into: &output)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: output)))
        }
        routes.add(.get, "/static/pinakes.css", access: .anyone) { _, _ in
            guard let url = Bundle.module.url(forResource: "pinakes", withExtension: "css", subdirectory: "Static"),
                let data = try? Data(contentsOf: url)
            else { throw WebError.notFound("stylesheet missing") }
            return Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}

/// The body of `/ready`: the primary's backend and, when a read replica is configured, its state and the reads
/// that fell back to the primary.
private struct Readiness: Encodable {
    let status: String
    let database: String
    let replica: String?
    let replicaFallbacks: Int?

    enum CodingKeys: String, CodingKey {
        case status, database, replica
        case replicaFallbacks = "replica_fallbacks"
    }
}
