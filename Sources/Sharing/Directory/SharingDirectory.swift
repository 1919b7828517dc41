import Consortium
import Crypto
import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// The peers directory (`ill_peer`), our own agency ids (`ill_agency`) and the sharing settings
/// (`ill_setting`): who we exchange with, under which names we are addressed, and on what terms.
public struct SharingDirectory: Sendable {
    public let database: Database
    public let clock: Clock

    public init(database: Database, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Every peer, by agency id.
    public func peers() async throws -> [Peer] {
        try await database.withConnection { sql in
            try await sql.raw("SELECT document FROM ill_peer ORDER BY agency_type, agency_value").all()
                .map { try Self.decode(Peer.self, $0.decode(column: "document", as: String.self)) }
        }
    }

    /// The peer with this agency id, if it is in the directory.
    public func peer(_ agency: AgencyID) async throws -> Peer? {
        try await database.withConnection { sql in try await Self.peer(agency, on: sql) }
    }

    static func peer(_ agency: AgencyID, on sql: any SQLDatabase) async throws -> Peer? {
        try await sql.raw(
            """
            SELECT document FROM ill_peer
            WHERE agency_type = \(bind: agency.type.uppercased()) AND agency_value = \(bind: agency.value)
            """
        ).first().map { try decode(Peer.self, $0.decode(column: "document", as: String.self)) }
    }

    /// Adds or replaces a peer's entry; `incomingSecurityCode`, when given, is what the peer must present
    /// (kept as a SHA-256 hash); nil keeps the one stored.
    public func save(_ peer: Peer, incomingSecurityCode: String? = nil, actor: String) async throws {
        var peer = peer
        peer.agency.type = peer.agency.type.uppercased()
        let problems = peer.problems
        guard problems.isEmpty else { throw SharingRefusal.invalidInput(problems.joined(separator: "; ")) }
        // Secrets come back masked from GET /api/v1/peers; a masked one keeps what is stored.
        let stored = try await self.peer(peer.agency)
        if peer.outgoingSecurityCode == Self.mask { peer.outgoingSecurityCode = stored?.outgoingSecurityCode }
        if peer.outgoingToken == Self.mask { peer.outgoingToken = stored?.outgoingToken }
        let document = try Self.encode(peer)
        let hash = incomingSecurityCode.map(Self.hash)
        let now = clock.epochSeconds
        let saved = peer
        try await database.transaction { sql in
            let peer = saved
            let existing = try await sql.raw(
                """
                SELECT incoming_secret_hash FROM ill_peer
                WHERE agency_type = \(bind: peer.agency.type) AND agency_value = \(bind: peer.agency.value)
                """
            ).first()
            if let existing {
                let kept =
                    try existing.decodeNil(column: "incoming_secret_hash")
                    ? nil : try existing.decode(column: "incoming_secret_hash", as: String.self)
                try await sql.raw(
                    """
                    UPDATE ill_peer SET document = \(bind: document), incoming_secret_hash = \(bind: hash ?? kept),
                        status = \(bind: peer.suspended ? "suspended" : "active"), updated_at = \(bind: now)
                    WHERE agency_type = \(bind: peer.agency.type) AND agency_value = \(bind: peer.agency.value)
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    INSERT INTO ill_peer (agency_type, agency_value, document, incoming_secret_hash, status,
                        created_at, updated_at)
                    VALUES (\(bind: peer.agency.type), \(bind: peer.agency.value), \(bind: document), \(bind: hash),
                        \(bind: peer.suspended ? "suspended" : "active"), \(bind: now), \(bind: now))
                    """
                ).run()
            }
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: existing == nil ? "peer.add" : "peer.update",
                entity: "ill_peer", entityID: peer.agency.description)
        }
    }

    /// Whether `accountID` and `securityCode` are what this peer must present.
    public func authenticates(_ agency: AgencyID, accountID: String?, securityCode: String?) async throws -> Bool {
        try await database.withConnection { sql in
            try await Self.authenticates(agency, accountID: accountID, securityCode: securityCode, on: sql)
        }
    }

    static func authenticates(
        _ agency: AgencyID, accountID: String?, securityCode: String?, on sql: any SQLDatabase
    ) async throws -> Bool {
        guard let peer = try await peer(agency, on: sql), let securityCode else { return false }
        let row = try await sql.raw(
            """
            SELECT incoming_secret_hash FROM ill_peer
            WHERE agency_type = \(bind: agency.type.uppercased()) AND agency_value = \(bind: agency.value)
            """
        ).first()
        guard let row, !(try row.decodeNil(column: "incoming_secret_hash")) else { return false }
        let stored = try row.decode(column: "incoming_secret_hash", as: String.self)
        if let expected = peer.incomingAccountID, expected != accountID { return false }
        return constantTimeEquals(hash(securityCode), stored)
    }

    /// Whether the peer must authenticate (a security code is stored for it).
    static func requiresSecret(_ agency: AgencyID, on sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.raw(
            """
            SELECT incoming_secret_hash FROM ill_peer
            WHERE agency_type = \(bind: agency.type.uppercased()) AND agency_value = \(bind: agency.value)
            """
        ).first()
        guard let row else { return false }
        return !(try row.decodeNil(column: "incoming_secret_hash"))
    }

    /// What a secret is shown as to staff.
    public static let mask = "********"

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
