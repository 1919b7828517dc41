import Catalog
import HTTPTypes
import Hummingbird
import MARC

/// `/api/v1/records/{id}`: a member record as received, in MARCXML, MARC-in-JSON, ISO 2709 or text; staff
/// split it out of its cluster.
enum RecordAPI {
    struct SplitResult: Encodable {
        var record: Int64
        var cluster: Int64
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/records/:id", access: .anyone) { request, context in
            let id = try context.parameters.identifier("id")
            let format = try RecordExportFormat.negotiate(
                format: request.uri.queryParameters.get("format"), accept: request.headers[.accept])
            let record = try await services.search.record(id: id)
            let bytes = try format.bytes(record.marc)
            var headers: HTTPFields = [.contentType: format.contentType]
            headers[.contentDisposition] = "inline; filename=\"record-\(id).\(format.fileExtension)\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        routes.add(.post, "/api/v1/records/:id/split", access: .staff) { _, context in
            let id = try context.parameters.identifier("id")
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let cluster = try await services.catalog.split(
                recordID: id, actor: principal.auditName, mayManage: principal.mayManage)
            var response = try JSONResponse.make(SplitResult(record: id, cluster: cluster), status: .created)
            response.headers[.location] = "/api/v1/clusters/\(cluster)"
            return response
        }
    }
}
