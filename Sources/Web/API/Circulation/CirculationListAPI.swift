import Circulation
import Hummingbird

/// `/api/v1/libraries/{code}/...`: a branch's hold shelf, pull list and transits in and out, for its staff.
enum CirculationListAPI {
    struct ShelfList: Encodable { var entries: [ShelfEntry] }
    struct PullList: Encodable { var entries: [PullEntry] }
    struct TransitList: Encodable {
        var direction: String
        var entries: [TransitEntry]
    }

    static func register(on routes: RouteTable, services: WebServices) {
        let desk = services.circulation
        routes.add(.get, "/api/v1/libraries/:code/hold-shelf", access: .staff) { _, context in
            let library = try await CirculationCaller.desk(
                try context.parameters.require("code"), context, services: services)
            return try JSONResponse.make(ShelfList(entries: try await desk.holdShelf(library: library.code)))
        }
        routes.add(.get, "/api/v1/libraries/:code/pull-list", access: .staff) { _, context in
            let library = try await CirculationCaller.desk(
                try context.parameters.require("code"), context, services: services)
            return try JSONResponse.make(PullList(entries: try await desk.pullList(library: library.code)))
        }
        routes.add(.get, "/api/v1/libraries/:code/transits", access: .staff) { request, context in
            let library = try await CirculationCaller.desk(
                try context.parameters.require("code"), context, services: services)
            let direction = request.uri.queryParameters.get("direction") ?? "to"
            switch direction {
            case "to":
                return try JSONResponse.make(
                    TransitList(direction: direction, entries: try await desk.transits(to: library.code)))
            case "from":
                return try JSONResponse.make(
                    TransitList(direction: direction, entries: try await desk.transits(from: library.code)))
            default: throw WebError.invalidParameter("direction", "direction must be to or from")
            }
        }
    }
}
