import Foundation
import Hummingbird
import Sharing

/// `/staff/ill?queue=borrowing|lending&status=…`: the borrowing queue (our readers' requests) and the lending
/// queue (peers' requests) of the staff member's libraries, as two tabs, each filtered by status.
enum ILLQueuePage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/ill", access: .staff) { request, context in
            let query = request.uri.queryParameters
            let role = ILLRole(rawValue: query.get("queue") ?? "") ?? .borrowing
            let status = BorrowingForm.given(query.get("status"))
            return try await render(role, status: status, context, services, pages)
        }
    }

    static func render(
        _ role: ILLRole, status: String?, _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer
    ) async throws -> Response {
        let language = context.language
        let principal = try CirculationCaller.principal(context)
        let desk = try SharingCaller.desk(services)
        let peers = try await ILLFormat.peerNames(desk, language)
        let records = try await desk.list(
            role, libraries: SharingCaller.queueLibraries(principal), statuses: status.map { [$0] })
        let rows = records.map { ILLFormat.row($0, peers: peers, language, services) }
        let statuses =
            role == .borrowing ? BorrowingStatus.allCases.map(\.rawValue) : LendingStatus.allCases.map(\.rawValue)
        let values: [String: Any] = [
            "isBorrowing": role == .borrowing, "queue": role.rawValue, "requests": rows, "hasRequests": !rows.isEmpty,
            "queueHeading": Strings.sharing(role == .borrowing ? "borrowingQueue" : "lendingQueue", language),
            "statuses": statuses.map { code in
                [
                    "code": code, "label": ILLFormat.status(code, role: role, language), "selected": code == status,
                ] as [String: Any]
            },
            "isAdmin": principal.role == .admin,
        ]
        return try ILLPages.page(
            "ill-queue", title: Strings.sharing("staffIll", language), values: values, context: context, pages: pages)
    }
}
