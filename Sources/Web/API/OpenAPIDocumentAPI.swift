import Foundation
import Hummingbird

/// `/api/openapi.json`: the OpenAPI 3.1 document of every API and system route (written by `scripts/make-openapi`).
enum OpenAPIDocumentAPI {
    static func register(on routes: RouteTable) {
        routes.add(.get, "/api/openapi.json", access: .anyone) { _, _ in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Static"),
                let data = try? Data(contentsOf: url)
            else { throw WebError.notFound("the OpenAPI document is missing from this installation") }
            return Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
