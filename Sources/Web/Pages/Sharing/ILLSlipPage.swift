import Foundation
import Hummingbird
import Sharing

/// `/staff/ill/requests/{id}/slip`: the printable pull slip of a request we lend — what to fetch from the
/// shelf (copies with call numbers and locations), for whom, under which request id, and when it is due back.
enum ILLSlipPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/ill/requests/:id/slip", access: .staff) { _, context in
            let record = try await SharingCaller.staffRequest(context, services: services)
            guard record.role == .lending else {
                throw WebError.notFound("request \(record.id) is one we borrow; pull slips are for lending")
            }
            let language = context.language
            let desk = try SharingCaller.desk(services)
            let detail = try await InterlibraryAPI.detail(record, services: services)
            let state = try record.lending()
            let peers = try await ILLFormat.peerNames(desk, language)
            let requester = record.requestingAgency.description
            let values: [String: Any] = [
                "id": record.id, "heading": record.title, "author": record.author,
                "service": ILLFormat.service(record.service, language), "library": record.libraryCode,
                "requester": peers[requester].map { "\($0) (\(requester))" } ?? requester,
                "requestingRequestID": record.requestingRequestID,
                "supplyingRequestID": record.supplyingRequestID ?? "",
                "copies": ILLDetailValues.shelf(detail.shelfCopies), "hasCopies": !detail.shelfCopies.isEmpty,
                "due": state.dueAt.map { CirculationFormat.date($0, services) }
                    ?? Strings.sharing("notYetShipped", language),
                "printed": ILLFormat.moment(services.clock.epochSeconds, services), "note": record.note,
            ]
            return try ILLPages.page(
                "ill-slip", title: "\(Strings.sharing("pullSlip", language)) \(record.id)", values: values,
                context: context, pages: pages)
        }
    }
}
