import Catalog
import Circulation
import Consortium
import Foundation
import ISO18626
import Logging
import PinakesCore
import SQLKit

/// Resource sharing's service: loads a request's state, asks its machine, and stores the new state with its
/// messages (in the outbox), ledger bookings and history in one transaction; then sends the outbox. Used by the
/// ISO 18626 endpoint, the staff queues, the reader's pages, the JSON API and the jobs.
public struct SharingDesk: Sendable {
    public let database: Database
    public let clock: Clock
    public let directory: SharingDirectory
    public let circulation: CirculationDesk
    public let search: CatalogSearch
    public let libraries: LibraryDirectory
    public let transport: any PeerTransport
    public let codec: ISO18626Reader
    public let logger: Logger
    /// Send the outbox right after each change (servers); tests call `deliverOutbox()` themselves.
    public let sendsAtOnce: Bool
    /// This server's own address, for its `/iso18626` URL when the settings name no endpoint.
    public let address: PublicAddress

    public init(
        database: Database, clock: Clock = .system, circulation: CirculationDesk, search: CatalogSearch,
        libraries: LibraryDirectory, transport: any PeerTransport = HTTPPeerTransport(), codec: ISO18626Reader,
        sendsAtOnce: Bool = true, address: PublicAddress = PublicAddress(),
        logger: Logger = Logger(label: "pinakes.sharing")
    ) {
        self.database = database
        self.clock = clock
        self.directory = SharingDirectory(database: database, clock: clock)
        self.circulation = circulation
        self.search = search
        self.libraries = libraries
        self.transport = transport
        self.codec = codec
        self.sendsAtOnce = sendsAtOnce
        self.address = address
        self.logger = logger
    }

    /// This server's `/iso18626` URL as it knows it, when the settings name no endpoint.
    public var defaultEndpoint: String? { address.base.map { "\($0)/iso18626" } }

    /// Runs `body` in a transaction, again from the start when a request changed under it (another process or
    /// desk won the race), a few times.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await database.transaction(body)
            } catch is StaleSharingState where attempt < 8 {
                attempt += 1
            }
        }
    }

    /// Starts sending the outbox in the background when this desk sends at once.
    func kick() {
        guard sendsAtOnce else { return }
        let desk = self
        Task { await desk.deliverOutbox() }
    }

    /// The request with this id, or the refusal naming it.
    public func request(_ id: Int64) async throws -> ILLRequestRecord {
        let found = try await database.withConnection { sql in try await SharingRows.request(id: id, on: sql) }
        guard let found else { throw SharingRefusal.notFound("interlibrary request \(id)") }
        return found
    }

    /// A request's history, oldest first.
    public func history(_ id: Int64) async throws -> [ILLEventRecord] {
        try await database.withConnection { sql in try await SharingRows.events(request: id, on: sql) }
    }

    /// A borrowing request's rota, best lender first.
    public func rota(_ id: Int64) async throws -> [RotaRecord] {
        try await database.withConnection { sql in try await SharingRows.rota(request: id, on: sql) }
    }

    /// Requests of one side, newest first: a library queue (`libraries`), some statuses, or one reader's.
    public func list(
        _ role: ILLRole, libraries: [Int64]? = nil, statuses: [String]? = nil, reader: Int64? = nil, limit: Int = 100
    ) async throws -> [ILLRequestRecord] {
        try await database.withConnection { sql in
            try await SharingRows.list(
                role: role, libraries: libraries, statuses: statuses, reader: reader, limit: limit, on: sql)
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String { try SharingDirectory.encode(value) }
}
