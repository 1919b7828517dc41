import Catalog
import Hummingbird

/// `/api/v1/clusters/{id}`: one title of the union catalogue with its members and holdings; staff merge two.
enum ClusterAPI {
    struct MergeRequest: Decodable { var into: Int64 }
    struct MergeResult: Encodable {
        var cluster: Int64
        var merged: Int64
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/clusters/:id", access: .anyone) { request, context in
            let id = try context.parameters.identifier("id")
            let home = request.uri.queryParameters.get("home").flatMap { $0.isEmpty ? nil : $0.uppercased() }
            return try JSONResponse.make(try await services.search.cluster(id: id, homeLibrary: home))
        }
        routes.add(.post, "/api/v1/clusters/:id/merge", access: .staff) { request, context in
            let source = try context.parameters.identifier("id")
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let body = try await request.decode(as: MergeRequest.self, context: context)
            guard body.into > 0 else {
                throw WebError.invalidParameter("into", "into must be the id of the cluster to merge into")
            }
            try await services.catalog.merge(
                cluster: source, into: body.into, actor: principal.auditName, mayManage: principal.mayManage)
            return try JSONResponse.make(MergeResult(cluster: body.into, merged: source))
        }
    }
}
