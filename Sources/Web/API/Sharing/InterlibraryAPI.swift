import Circulation
import Foundation
import Hummingbird
import ISO18626
import PinakesCore
import Sharing

/// `/api/v1/ill/requests`: readers ask for what the consortium cannot lend them; staff review, send, receive,
/// lend and return; lending staff answer peers' requests.
enum InterlibraryAPI {
    /// One request with everything its page shows.
    struct Detail: Encodable {
        var request: ILLRequestRecord
        var state: String
        var history: [ILLEventRecord]
        var rota: [RotaRecord]
        var documents: [DocumentLink]
        /// Lending: copies of the matched title on the shelf at the lending library (the pull slip).
        var shelfCopies: [ShelfCopy]
        /// The actions allowed now.
        var actions: [String]
    }
    struct DocumentLink: Encodable {
        var url: String
        var filename: String
        var expiresAt: Int64
        var opensLeft: Int
    }
    struct ShelfCopy: Encodable {
        var barcode: String
        var callNumber: String?
        var location: String?
    }
    struct ActionBody: Decodable {
        var action: String
        var note: String?
        var barcode: String?
        var conditions: [String]?
        var reason: String?
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/api/v1/ill/requests", access: .signedIn) { request, context in
            let form = try await request.decode(as: BorrowingForm.self, context: context)
            let record = try await submit(form, context, services: services)
            return try JSONResponse.make(record, status: .created)
        }
        routes.add(.get, "/api/v1/ill/requests", access: .staff) { request, context in
            let principal = try CirculationCaller.principal(context)
            let query = request.uri.queryParameters
            let role = ILLRole(rawValue: query.get("role") ?? "borrowing") ?? .borrowing
            let statuses = query.get("status").map { $0.split(separator: ",").map(String.init) }
            let list = try await SharingCaller.desk(services).list(
                role, libraries: SharingCaller.queueLibraries(principal), statuses: statuses)
            return try JSONResponse.make(list)
        }
        routes.add(.get, "/api/v1/ill/requests/:id", access: .signedIn) { _, context in
            let record = try await SharingCaller.visibleRequest(context, services: services)
            return try JSONResponse.make(try await detail(record, services: services))
        }
        routes.add(.post, "/api/v1/ill/requests/:id/approve", access: .staff) { _, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            let actor = try CirculationCaller.principal(context).auditName
            return try JSONResponse.make(try await SharingCaller.desk(services).approve(record.id, actor: actor))
        }
        routes.add(.post, "/api/v1/ill/requests/:id/actions", access: .signedIn) { request, context in
            let body = try await request.decode(as: ActionBody.self, context: context)
            return try JSONResponse.make(try await act(body, context, services: services))
        }
        routes.add(.post, "/api/v1/ill/requests/:id/document", access: .staff) { request, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            var request = request
            let settings = try await SharingCaller.desk(services).directory.settings()
            let body = try await request.collectBody(upTo: settings.documentMaxBytes + 1)
            let query = request.uri.queryParameters
            let updated = try await SharingCaller.desk(services).deliverCopy(
                record.id, file: body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? [],
                filename: query.get("filename") ?? "copy.pdf", pages: query.get("pages").flatMap { Int($0) },
                actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(updated)
        }
        routes.add(.get, "/api/v1/me/ill", access: .signedIn) { _, context in
            let reader = try await CirculationCaller.ownReader(context, services: services)
            return try JSONResponse.make(
                try await SharingCaller.desk(services).list(.borrowing, reader: reader.id.rawValue))
        }
    }

    /// A reader asks for themselves; staff for the reader whose card the form names.
    static func submit(_ form: BorrowingForm, _ context: PinakesRequestContext, services: WebServices) async throws
        -> ILLRequestRecord
    {
        let principal = try CirculationCaller.principal(context)
        let reader: ReaderProfile
        if principal.isStaff {
            guard let card = BorrowingForm.given(form.card) else {
                throw WebError.invalidParameter("card", "staff ask on behalf of a reader: give the reader's card")
            }
            reader = try await services.circulation.readers.reader(card: card)
            guard principal.mayManage(reader.homeLibraryID) else {
                throw WebError.forbidden("reader \(card) belongs to \(reader.homeLibraryCode), outside your libraries")
            }
        } else {
            reader = try await CirculationCaller.ownReader(context, services: services)
        }
        return try await SharingCaller.desk(services).submit(form, reader: reader, actor: principal.auditName)
    }

    static func act(_ body: ActionBody, _ context: PinakesRequestContext, services: WebServices) async throws
        -> ILLRequestRecord
    {
        let principal = try CirculationCaller.principal(context)
        let record = try await SharingCaller.visibleRequest(context, services: services)
        let desk = try SharingCaller.desk(services)
        if record.role == .borrowing {
            guard let action = BorrowingAction(rawValue: body.action) else {
                throw WebError.invalidParameter("action", "unknown action \(body.action)")
            }
            guard principal.isStaff || action.isReaders else {
                throw WebError.forbidden("a reader may only cancel or renew their request")
            }
            return try await desk.borrow(record.id, action, note: body.note, actor: principal.auditName)
        }
        return try await desk.lend(record.id, try lendingAction(body), actor: principal.auditName)
    }

    static func lendingAction(_ body: ActionBody) throws -> LendingAction {
        switch body.action {
        case "expect-to-supply": return .expectToSupply(note: body.note)
        case "will-supply": return .willSupply(note: body.note)
        case "conditions": return .conditions(body.conditions ?? [], note: body.note)
        case "unfilled": return .unfilled(reason: body.reason ?? body.note ?? "NotAvailable")
        case "recall": return .recall(note: body.note)
        case "return-received": return .returnReceived
        case "ship":
            guard let barcode = BorrowingForm.given(body.barcode) else {
                throw WebError.invalidParameter("barcode", "scan the barcode of the copy to ship")
            }
            return .ship(barcode: barcode)
        default:
            throw WebError.invalidParameter("action", "unknown lending action \(body.action)")
        }
    }
}
