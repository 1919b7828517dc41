import Foundation
import HTTPTypes
import Hummingbird
import PinakesCore
import Prometheus

/// `/health`, `/ready`, `/metrics` and the stylesheet: what operators and load balancers call.
enum SystemRoutes {
    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/health", access: .anyone) { _, _ in
            try JSONResponse.make(["status": "ok"])
        }
        routes.add(.get, "/ready", access: .anyone) { _, _ in
            do {
                _ = try await services.database.withConnection { sql in try await sql.raw("SELECT 1 AS one").first() }
                return try JSONResponse.make(["status": "ready", "database": services.database.backend.rawValue])
            } catch {
                return try JSONResponse.make(
                    ["status": "unavailable", "database": "\(error)"], status: .serviceUnavailable)
            }
        }
        routes.add(.get, "/metrics", access: .anyone) { _, _ in
            var output: [UInt8] = []
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
