import Accounts
import Foundation
import Hummingbird
import PinakesCore
import Sharing

/// Who may see and change an interlibrary request: staff of its library (or above), or the reader it is for.
enum SharingCaller {
    /// The sharing desk, or 503 when this server was built without one.
    static func desk(_ services: WebServices) throws -> SharingDesk {
        guard let desk = services.sharing else {
            throw HTTPError(.serviceUnavailable, message: "resource sharing is not configured on this server")
        }
        return desk
    }

    /// The request in the path, when the caller is staff whose scope covers its library.
    static func staffRequest(_ context: PinakesRequestContext, services: WebServices) async throws -> ILLRequestRecord {
        let principal = try CirculationCaller.principal(context)
        guard principal.isStaff else { throw WebError.forbidden("only library staff handle interlibrary requests") }
        let record = try await desk(services).request(try context.parameters.identifier("id"))
        guard principal.mayManage(Identifier(record.libraryID)) else {
            throw WebError.forbidden("request \(record.id) belongs to \(record.libraryCode), outside your libraries")
        }
        return record
    }

    /// The request in the path, for staff in scope or for the reader who asked for it.
    static func visibleRequest(_ context: PinakesRequestContext, services: WebServices) async throws
        -> ILLRequestRecord
    {
        let principal = try CirculationCaller.principal(context)
        if principal.isStaff { return try await staffRequest(context, services: services) }
        let reader = try await CirculationCaller.ownReader(context, services: services)
        let record = try await desk(services).request(try context.parameters.identifier("id"))
        guard record.role == .borrowing, record.readerID == reader.id.rawValue else {
            throw WebError.notFound("you have no interlibrary request \(record.id)")
        }
        return record
    }

    /// The libraries a staff account's queues show (nil: every library, for administrators).
    static func queueLibraries(_ principal: Principal) -> [Int64]? {
        principal.role == .admin ? nil : principal.managedLibraries.map(\.rawValue).sorted()
    }
}
