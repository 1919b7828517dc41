import Consortium
import Foundation
import Hummingbird
import ISO18626
import Sharing

/// `/api/v1/directory` (our own entry, for peers to read), the peers directory, our agency ids and the
/// sharing settings.
enum DirectoryAPI {
    /// Our entry as peers read it.
    struct OwnEntry: Encodable {
        var name: String
        var nameZh: String?
        var agencies: [AgencyEntry]
        var endpoint: String?
        var catalogue: String?
        var services: [ServiceType]
        var loanDays: Int
        var copyTerms: String
        var tariff: LedgerTariff
        var turnaroundDays: Double
        var timeZone: String
        var closedWeekdays: [Int]
        var closedDates: [String]
        var latitude: Double?
        var longitude: Double?
    }
    struct AgencyEntry: Codable {
        var type: String
        var value: String
        var library: String
    }
    struct PeerBody: Decodable {
        var peer: Peer
        var incomingSecurityCode: String?
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/directory", access: .anyone) { _, _ in
            try JSONResponse.make(try await ownEntry(services))
        }
        routes.add(.get, "/api/v1/peers", access: .staff) { _, _ in
            try JSONResponse.make(try await SharingCaller.desk(services).directory.peers().map(masked))
        }
        routes.add(.post, "/api/v1/peers", access: .admin) { request, context in
            let body = try await request.decode(as: PeerBody.self, context: context)
            let directory = try SharingCaller.desk(services).directory
            try await directory.save(
                body.peer, incomingSecurityCode: body.incomingSecurityCode,
                actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(masked(body.peer), status: .created)
        }
        routes.add(.post, "/api/v1/agencies", access: .admin) { request, context in
            let body = try await request.decode(as: AgencyEntry.self, context: context)
            let own = try await SharingCaller.desk(services).directory.addOwnAgency(
                AgencyID(type: body.type, value: body.value), library: body.library,
                actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(
                AgencyEntry(type: own.agency.type, value: own.agency.value, library: own.libraryCode), status: .created)
        }
        routes.add(.get, "/api/v1/sharing/settings", access: .staff) { _, _ in
            try JSONResponse.make(try await SharingCaller.desk(services).directory.settings())
        }
        routes.add(.put, "/api/v1/sharing/settings", access: .admin) { request, context in
            let settings = try await request.decode(as: SharingSettings.self, context: context)
            try await SharingCaller.desk(services).directory.saveSettings(
                settings, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(settings)
        }
    }

    /// Our directory entry: the consortium's name, agency ids, endpoint and terms.
    static func ownEntry(_ services: WebServices) async throws -> OwnEntry {
        let desk = try SharingCaller.desk(services)
        let settings = try await desk.directory.settings()
        let agencies = try await desk.directory.ownAgencies()
        let root = try await services.libraries.all().first { $0.parentID == nil }
        let endpoint = settings.endpoint ?? desk.defaultEndpoint
        let catalogue = desk.ownBaseURL(settings)
        return OwnEntry(
            name: root?.name ?? "Pinakes", nameZh: root?.nameZh,
            agencies: agencies.map {
                AgencyEntry(type: $0.agency.type, value: $0.agency.value, library: $0.libraryCode)
            },
            endpoint: endpoint, catalogue: catalogue, services: settings.services, loanDays: settings.loanDays,
            copyTerms: settings.copyTerms, tariff: settings.tariff, turnaroundDays: settings.turnaroundDays,
            timeZone: settings.timeZone, closedWeekdays: settings.closedWeekdays, closedDates: settings.closedDates,
            latitude: root?.latitude, longitude: root?.longitude)
    }

    /// A peer entry without the secrets we hold for it.
    static func masked(_ peer: Peer) -> Peer {
        var shown = peer
        if shown.outgoingSecurityCode != nil { shown.outgoingSecurityCode = SharingDirectory.mask }
        if shown.outgoingToken != nil { shown.outgoingToken = SharingDirectory.mask }
        return shown
    }
}
