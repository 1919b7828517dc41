import Foundation
import Sharing

extension InterlibraryAPI {
    static func detail(_ record: ILLRequestRecord, services: WebServices) async throws -> Detail {
        let desk = try SharingCaller.desk(services)
        let settings = try await desk.directory.settings()
        let base = desk.ownBaseURL(settings) ?? ""
        let documents = try await desk.documents(of: record.id).map {
            DocumentLink(
                url: "\(base)/api/v1/documents/\($0.token)", filename: $0.filename, expiresAt: $0.expiresAt,
                opensLeft: max(0, $0.maxOpens - $0.opens))
        }
        let shelf =
            record.role == .lending
            ? try await desk.shelfCopies(for: record).map {
                ShelfCopy(barcode: $0.barcode, callNumber: $0.callNumber, location: $0.location)
            } : []
        return Detail(
            request: record, state: record.stateJSON, history: try await desk.history(record.id),
            rota: try await desk.rota(record.id), documents: record.role == .borrowing ? documents : [],
            shelfCopies: shelf, actions: try desk.allowedActions(record))
    }
}
