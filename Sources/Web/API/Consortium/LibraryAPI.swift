import Consortium
import Hummingbird
import PinakesCore

/// `/api/v1/libraries`: the consortium's libraries as JSON; administrators add libraries.
enum LibraryAPI {
    struct LibraryJSON: Codable {
        var code: String
        var name: String
        var nameZh: String?
        var type: String
        var parent: String?
        var region: String?
        var latitude: Double?
        var longitude: Double?
        var populationServed: Int?
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/libraries", access: .anyone) { _, _ in
            let libraries = try await services.libraries.all()
            return try JSONResponse.make(["libraries": json(libraries, all: libraries)])
        }
        routes.add(.get, "/api/v1/libraries/:code", access: .anyone) { _, context in
            let code = try context.parameters.require("code")
            let libraries = try await services.libraries.all()
            guard let library = libraries.first(where: { $0.code == code.uppercased() }) else {
                throw PinakesError.notFound("unknown library code \(code.uppercased())")
            }
            return try JSONResponse.make(json([library], all: libraries)[0])
        }
        routes.add(.post, "/api/v1/libraries", access: .admin) { request, context in
            let body = try await request.decode(as: NewLibrary.self, context: context)
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let library = try await services.libraries.add(body, actor: principal.auditName)
            let libraries = try await services.libraries.all()
            return try JSONResponse.make(json([library], all: libraries)[0], status: .created)
        }
    }

    static func json(_ libraries: [Library], all: [Library]) -> [LibraryJSON] {
        let codes = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.code) })
        return libraries.map {
            LibraryJSON(
                code: $0.code, name: $0.name, nameZh: $0.nameZh, type: $0.type.rawValue,
                parent: $0.parentID.flatMap { codes[$0] }, region: $0.region, latitude: $0.latitude,
                longitude: $0.longitude, populationServed: $0.populationServed)
        }
    }
}
