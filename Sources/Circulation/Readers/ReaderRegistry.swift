import Consortium
import Crypto
import Foundation
import PinakesCore
import SQLKit

/// Registers readers and issues their cards ("issuing certificates"): at a desk (active at once) or online
/// (pending until a desk checks identity); looks readers up by card, id or name.
public struct ReaderRegistry: Sendable {
    public let database: Database
    public let clock: Clock
    public let settings: CirculationSettings

    public init(database: Database, clock: Clock = .system, settings: CirculationSettings = CirculationSettings()) {
        self.database = database
        self.clock = clock
        self.settings = settings
    }

    /// Registers a reader and issues a card; `actor` is the desk's staff account or `online`.
    public func register(_ new: NewReader, via channel: RegistrationChannel, actor: String) async throws
        -> ReaderProfile
    {
        let problems = new.problems
        guard problems.isEmpty else {
            throw PinakesError.invalidInput("registration: " + problems.joined(separator: "; "))
        }
        let now = clock.epochSeconds
        let validThrough =
            new.validThrough
            ?? LocalDate(epochSeconds: now, in: settings.timeZone).adding(days: settings.cardValidityDays)
        let id = try await database.transaction { sql in
            guard
                let library = try await sql.raw(
                    "SELECT id FROM org_library WHERE code = \(bind: new.homeLibrary.uppercased())"
                ).first()?.decode(column: "id", as: Int64.self)
            else { throw PinakesError.invalidInput("home library \(new.homeLibrary) does not exist") }
            let row = try await sql.raw(
                """
                INSERT INTO patron_reader (name, category, home_library_id, email, phone, status, registered_via,
                    valid_through, keep_history, note, created_at, updated_at)
                VALUES (\(bind: new.name.trimmingCharacters(in: .whitespaces)), \(bind: new.category.rawValue),
                    \(bind: library), \(bind: new.email), \(bind: new.phone),
                    \(bind: (channel == .desk ? ReaderStatus.active : .pending).rawValue), \(bind: channel.rawValue),
                    \(bind: validThrough.description), \(bind: new.keepHistory), '', \(bind: now), \(bind: now))
                RETURNING id
                """
            ).first()
            let id = try row?.decode(column: "id", as: Int64.self) ?? 0
            if let pin = new.pin {
                try await sql.raw(
                    "UPDATE patron_reader SET pin_hash = \(bind: Self.pinHash(pin, reader: id)) WHERE id = \(bind: id)"
                ).run()
            }
            try await issueCard(new.cardNumber ?? cardNumber(reader: id, serial: 0), reader: id, at: now, sql: sql)
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "reader.register", entity: "reader", entityID: String(id),
                detail: "\(channel.rawValue) \(new.category.rawValue) \(new.homeLibrary.uppercased())")
            return id
        }
        return try await require(Identifier(id))
    }

    /// The reader with this id, or not found.
    public func require(_ id: Identifier<Reader>) async throws -> ReaderProfile {
        guard let profile = try await database.withConnection({ try await ReaderRows.profile(id: id, on: $0) }) else {
            throw PinakesError.notFound("no reader with id \(id)")
        }
        return profile
    }

    /// The reader holding this card; a replaced or unknown card is refused with its reason.
    public func reader(card: String) async throws -> ReaderProfile {
        try await database.withConnection { sql in try await ReaderRows.profile(card: card, on: sql) }
    }

    /// The reader whose "my account" login this is.
    public func reader(account: Int64) async throws -> ReaderProfile? {
        try await database.withConnection { sql in
            guard
                let id = try await sql.raw("SELECT id FROM patron_reader WHERE account_id = \(bind: account)").first()?
                    .decode(column: "id", as: Int64.self)
            else { return nil }
            return try await ReaderRows.profile(id: Identifier(id), on: sql)
        }
    }

    /// Readers whose card number starts with `text` or whose name contains it, for the desk's lookup.
    public func find(_ text: String, limit: Int = 25) async throws -> [ReaderProfile] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        return try await database.withConnection { sql in
            let rows = try await sql.raw(
                """
                \(unsafeRaw: ReaderRows.columns)
                WHERE c.card_number = \(bind: needle) OR c.card_number LIKE \(bind: needle + "%")
                    OR LOWER(r.name) LIKE \(bind: "%" + needle.lowercased() + "%")
                ORDER BY r.name, r.id LIMIT \(bind: limit)
                """
            ).all()
            var profiles: [ReaderProfile] = []
            for row in rows { profiles.append(try await ReaderRows.profile(from: row, on: sql)) }
            return profiles
        }
    }

    /// Whether `pin` is the reader's kiosk PIN (SIP2 `AD`); a reader without a PIN has none to check.
    public func checkPIN(_ pin: String, of reader: ReaderProfile) async throws -> Bool {
        try await database.withConnection { sql in
            let stored = try await sql.raw("SELECT pin_hash FROM patron_reader WHERE id = \(bind: reader.id.rawValue)")
                .first()?.decode(column: "pin_hash", as: String?.self)
            guard let stored else { return !reader.hasPIN }
            return stored == Self.pinHash(pin, reader: reader.id.rawValue)
        }
    }

    func issueCard(_ number: String, reader: Int64, at: Int64, sql: any SQLDatabase) async throws {
        let taken = try await sql.raw("SELECT 1 AS one FROM patron_card WHERE card_number = \(bind: number)").first()
        if taken != nil { throw PinakesError.conflict("card number \(number) is already issued") }
        try await sql.raw(
            """
            INSERT INTO patron_card (reader_id, card_number, status, issued_at)
            VALUES (\(bind: reader), \(bind: number), 'active', \(bind: at))
            """
        ).run()
    }

    /// `D0000000420`: the prefix, then the reader id and the card's serial, so numbers never repeat.
    func cardNumber(reader: Int64, serial: Int) -> String {
        settings.cardPrefix + String(format: "%09d%d", reader, serial % 10)
    }

    static func pinHash(_ pin: String, reader: Int64) -> String {
        SHA256.hash(data: Data("pinakes-pin:\(reader):\(pin)".utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
