import Foundation
import HTTPTypes
import Hummingbird
import Sharing

/// `POST /iso18626`: peers' ISO 18626 messages, each answered with its confirmation (HTTP 200, XML, with
/// `messageStatus` OK or ERROR). Peers authenticate in the message header or with a `peer` account's token.
enum ISO18626Endpoint {
    /// Bodies up to this size are read and refused by the codec with `BadlyFormedMessage`; larger ones get 413.
    static let maximumBody = 16 << 20

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/iso18626", access: .anyone, checksCSRF: false) { request, context in
            let desk = try SharingCaller.desk(services)
            var request = request
            let body = try await request.collectBody(upTo: maximumBody)
            let account = context.principal?.role == .peer ? context.principal?.username : nil
            let bytes = body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? []
            let answer = try await desk.receive(bytes, tokenAccount: account)
            services.metrics.makeCounter(
                name: "pinakes_iso18626_messages_total",
                labels: [
                    ("status", answer.contains("<messageStatus>OK</messageStatus>") ? "ok" : "error")
                ]
            ).increment()
            return Response(
                status: .ok, headers: [.contentType: "application/xml; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: answer)))
        }
    }
}
