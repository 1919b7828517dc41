import Consortium
import PinakesCore
import SQLKit

extension ReaderRegistry {
    /// A desk saw proof of identity: the online registration becomes an active card.
    public func verify(_ id: Identifier<Reader>, actor: String) async throws -> ReaderProfile {
        try await change(id, actor: actor, action: "reader.verify") { sql, _ in
            try await sql.raw("UPDATE patron_reader SET status = 'active' WHERE id = \(bind: id.rawValue)").run()
            return ""
        }
    }

    /// Renews the card until `through`, or for the consortium's validity from today.
    public func renewCard(_ id: Identifier<Reader>, through: LocalDate? = nil, actor: String) async throws
        -> ReaderProfile
    {
        let until =
            through
            ?? LocalDate(epochSeconds: clock.epochSeconds, in: settings.timeZone).adding(
                days: settings.cardValidityDays)
        return try await change(id, actor: actor, action: "reader.renew-card") { sql, _ in
            try await sql.raw(
                "UPDATE patron_reader SET valid_through = \(bind: until.description) WHERE id = \(bind: id.rawValue)"
            ).run()
            return "valid through \(until)"
        }
    }

    /// Issues a new card on the same account; the old card stops working (`lost` marks it reported lost).
    /// Loans, holds, fines and history stay with the account.
    public func replaceCard(_ id: Identifier<Reader>, newNumber: String? = nil, lost: Bool, actor: String)
        async throws -> ReaderProfile
    {
        try await change(id, actor: actor, action: "reader.replace-card") { sql, now in
            let serial =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM patron_card WHERE reader_id = \(bind: id.rawValue)"
                ).first()?.decode(column: "n", as: Int64.self) ?? 0
            try await sql.raw(
                """
                UPDATE patron_card SET status = \(bind: lost ? "lost" : "replaced"), ended_at = \(bind: now)
                WHERE reader_id = \(bind: id.rawValue) AND status = 'active'
                """
            ).run()
            let number = newNumber ?? cardNumber(reader: id.rawValue, serial: Int(serial))
            try await issueCard(number, reader: id.rawValue, at: now, sql: sql)
            return "new card \(number)\(lost ? ", old card reported lost" : "")"
        }
    }

    /// Blocks the card until staff lift it (`lost-card`, `manual`; the fines block follows what is owed).
    public func block(_ id: Identifier<Reader>, kind: ReaderBlock, note: String, actor: String) async throws
        -> ReaderProfile
    {
        try await change(id, actor: actor, action: "reader.block") { sql, now in
            try await sql.raw(
                """
                INSERT INTO patron_block (reader_id, kind, note, created_at, created_by)
                VALUES (\(bind: id.rawValue), \(bind: kind.rawValue), \(bind: note), \(bind: now), \(bind: actor))
                """
            ).run()
            return "\(kind.rawValue): \(note)"
        }
    }

    /// Lifts one block.
    public func liftBlock(_ block: Int64, of id: Identifier<Reader>, actor: String) async throws -> ReaderProfile {
        try await change(id, actor: actor, action: "reader.lift-block") { sql, now in
            try await sql.raw(
                """
                UPDATE patron_block SET lifted_at = \(bind: now), lifted_by = \(bind: actor)
                WHERE id = \(bind: block) AND reader_id = \(bind: id.rawValue) AND lifted_at IS NULL
                """
            ).run()
            return "block \(block)"
        }
    }

    /// Links two accounts of one person; they then share a link group (the lower id).
    public func link(_ id: Identifier<Reader>, with other: Identifier<Reader>, actor: String) async throws
        -> ReaderProfile
    {
        guard id != other else { throw PinakesError.invalidInput("a reader cannot be linked to themselves") }
        let first = try await require(id)
        let second = try await require(other)
        let group = [first.linkGroup, second.linkGroup, id.rawValue, other.rawValue].compactMap { $0 }.min() ?? 0
        return try await change(id, actor: actor, action: "reader.link") { sql, _ in
            let groups = [first.linkGroup, second.linkGroup].compactMap { $0 }
            try await sql.raw(
                """
                UPDATE patron_reader SET link_group = \(bind: group)
                WHERE id IN (\(bind: id.rawValue), \(bind: other.rawValue))
                    OR link_group IN (\(binds: groups.isEmpty ? [-1] : groups))
                """
            ).run()
            return "linked with reader \(other)"
        }
    }

    /// The accounts linked with this reader, the reader excluded.
    public func linked(_ reader: ReaderProfile) async throws -> [ReaderProfile] {
        guard let group = reader.linkGroup else { return [] }
        return try await database.withConnection { sql in
            let rows = try await sql.raw(
                "\(unsafeRaw: ReaderRows.columns) WHERE r.link_group = \(bind: group) AND r.id <> \(bind: reader.id.rawValue)"
            ).all()
            var profiles: [ReaderProfile] = []
            for row in rows { profiles.append(try await ReaderRows.profile(from: row, on: sql)) }
            return profiles
        }
    }

    /// The reader's choice to keep (or not) a loan history; turning it off forgets the history kept so far.
    public func setKeepHistory(_ id: Identifier<Reader>, _ keep: Bool, actor: String) async throws -> ReaderProfile {
        try await change(id, actor: actor, action: "reader.privacy") { sql, _ in
            try await sql.raw(
                "UPDATE patron_reader SET keep_history = \(bind: keep) WHERE id = \(bind: id.rawValue)"
            ).run()
            if !keep {
                try await sql.raw(
                    "UPDATE circ_loan SET reader_id = NULL WHERE reader_id = \(bind: id.rawValue) AND ended_at IS NOT NULL"
                ).run()
            }
            return keep ? "keeps loan history" : "no loan history"
        }
    }

    /// Sets the kiosk PIN.
    public func setPIN(_ id: Identifier<Reader>, _ pin: String, actor: String) async throws -> ReaderProfile {
        let probe = NewReader(name: "x", category: .adult, homeLibrary: "x", pin: pin)
        guard probe.problems.isEmpty else { throw PinakesError.invalidInput("PIN must be 4–12 digits") }
        return try await change(id, actor: actor, action: "reader.pin") { sql, _ in
            try await sql.raw(
                "UPDATE patron_reader SET pin_hash = \(bind: Self.pinHash(pin, reader: id.rawValue)) WHERE id = \(bind: id.rawValue)"
            ).run()
            return ""
        }
    }

    /// Lets a login account (role reader) see this reader's account.
    public func attachAccount(_ id: Identifier<Reader>, account: Int64, actor: String) async throws -> ReaderProfile {
        try await change(id, actor: actor, action: "reader.attach-account") { sql, _ in
            try await sql.raw(
                "UPDATE patron_reader SET account_id = \(bind: account) WHERE id = \(bind: id.rawValue)"
            ).run()
            return "account \(account)"
        }
    }

    /// One audited change of a reader, in one transaction.
    func change(
        _ id: Identifier<Reader>, actor: String, action: String,
        _ body: @escaping @Sendable (any SQLDatabase, Int64) async throws -> String
    ) async throws -> ReaderProfile {
        _ = try await require(id)
        let now = clock.epochSeconds
        try await database.transaction { sql in
            let detail = try await body(sql, now)
            try await sql.raw("UPDATE patron_reader SET updated_at = \(bind: now) WHERE id = \(bind: id.rawValue)")
                .run()
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: action, entity: "reader", entityID: id.description,
                detail: detail)
        }
        return try await require(id)
    }
}
