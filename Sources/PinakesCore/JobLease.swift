import Foundation
import SQLKit

/// Named jobs shared by every process on one database. A job runs in the one process whose compare-and-set
/// claim on its `job_lease` row changed that row; a lease left by a process that died expires, and then another
/// process takes the job over. The same SQL on SQLite and PostgreSQL: no advisory locks.
public struct JobLease: Sendable {
    /// A won claim: its holder runs the job, renews the lease while it runs, and finishes it.
    public struct Claim: Sendable, Hashable {
        public let name: String
        public let holder: String
        /// When the run started, in milliseconds since 1970.
        public let startedAt: Int64
        /// The run's `job_run` row.
        public let runID: Int64
    }

    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// The job did its work; the summary says what it did.
        case succeeded(String)
        /// The job failed; it is tried again at its next due time.
        case failed(String)
        /// The process stopped it (graceful shutdown); the job stays due, so another process runs it at once.
        case stopped(String)

        /// The `job_run.outcome` value.
        public var code: String {
            switch self {
            case .succeeded: return "ok"
            case .failed: return "failed"
            case .stopped: return "stopped"
            }
        }

        /// The summary or the error.
        public var text: String {
            switch self {
            case .succeeded(let text), .failed(let text), .stopped(let text): return text
            }
        }
    }

    /// How many `job_run` rows are kept per job; older ones are deleted as new runs finish.
    public static let historyKept = 1_000

    public let database: Database
    public let clock: Clock
    /// Who claims: `host:pid:random`.
    public let holder: String

    public init(database: Database, clock: Clock = .system, holder: String = JobLease.processHolder) {
        self.database = database
        self.clock = clock
        self.holder = holder
    }

    /// This process's holder name, `host:pid:random`; the random part tells apart processes that reuse a pid.
    public static let processHolder: String = {
        let random = (0..<6).map { _ in String(Int.random(in: 0..<36), radix: 36) }.joined()
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(random)"
    }()

    /// The clock's time in milliseconds since 1970, the unit of every lease column.
    public var nowMillis: Int64 { Int64((clock.now.timeIntervalSince1970 * 1000).rounded()) }

    /// Takes `name` when it is due and nobody holds it, for `lease` from now; nil when it is not due or another
    /// process holds it. Only the caller whose UPDATE changed the row gets a claim. The job is due when its
    /// recorded next due time has come, or when the caller's own `interval` has passed since the last start (a
    /// process started with a shorter interval than the last one does not wait for the longer one).
    public func claim(_ name: String, interval: Duration, lease: Duration) async throws -> Claim? {
        let now = nowMillis
        let dueStart = now - interval.milliseconds
        let holder = self.holder
        return try await database.transaction { sql in
            try await sql.raw("INSERT INTO job_lease (name) VALUES (\(bind: name)) ON CONFLICT (name) DO NOTHING")
                .run()
            let won = try await sql.raw(
                """
                UPDATE job_lease SET holder = \(bind: holder), lease_until = \(bind: now + lease.milliseconds),
                    last_started_at = CASE WHEN last_finished_at > \(bind: now) THEN last_finished_at
                        ELSE \(bind: now) END,
                    last_holder = \(bind: holder)
                WHERE name = \(bind: name) AND lease_until < \(bind: now)
                    AND (next_due_at <= \(bind: now) OR last_started_at <= \(bind: dueStart))
                RETURNING last_started_at
                """
            ).first()
            // The clock was read before the row could be changed: when the last holder finished in between, this
            // run starts at that finish, never before it.
            guard let started = try won?.decode(column: "last_started_at", as: Int64.self) else { return nil }
            let run = try await sql.raw(
                """
                INSERT INTO job_run (name, holder, started_at)
                VALUES (\(bind: name), \(bind: holder), \(bind: started))
                RETURNING id
                """
            ).first()
            guard let id = try run?.decode(column: "id", as: Int64.self) else {
                throw PinakesError.invalidInput("the run of job \(name) could not be recorded")
            }
            return Claim(name: name, holder: holder, startedAt: started, runID: id)
        }
    }

    /// Extends a claim's lease to `lease` from now; false when the lease is no longer the claim's (it expired and
    /// another process took the job).
    public func renew(_ claim: Claim, lease: Duration) async throws -> Bool {
        let until = nowMillis + lease.milliseconds
        return try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE job_lease SET lease_until = \(bind: until)
                WHERE name = \(bind: claim.name) AND holder = \(bind: claim.holder) AND last_started_at = \(bind: claim.startedAt)
                RETURNING name
                """
            ).first() != nil
        }
    }

    /// Ends a claimed run: records it, sets the next due time to the start plus `interval` (a stopped run stays
    /// due) and frees the lease. False when the lease had already passed to another process, which then owns
    /// the row; the run is recorded all the same.
    @discardableResult
    public func finish(_ claim: Claim, _ outcome: Outcome, interval: Duration) async throws -> Bool {
        let now = nowMillis
        let error: String? = outcome.code == "ok" ? nil : outcome.text
        let nextDue = outcome.code == "stopped" ? claim.startedAt : claim.startedAt + interval.milliseconds
        return try await database.transaction { sql in
            try await sql.raw(
                """
                UPDATE job_run SET finished_at = \(bind: now), outcome = \(bind: outcome.code),
                    summary = \(bind: outcome.text)
                WHERE id = \(bind: claim.runID)
                """
            ).run()
            try await sql.raw(
                """
                DELETE FROM job_run WHERE name = \(bind: claim.name) AND id <= (
                    SELECT id FROM job_run WHERE name = \(bind: claim.name) ORDER BY id DESC
                    LIMIT 1 OFFSET \(unsafeRaw: String(Self.historyKept)))
                """
            ).run()
            return try await sql.raw(
                """
                UPDATE job_lease SET holder = '', lease_until = 0, next_due_at = \(bind: nextDue),
                    last_finished_at = \(bind: now), runs = runs + 1, last_error = \(bind: error)
                WHERE name = \(bind: claim.name) AND holder = \(bind: claim.holder) AND last_started_at = \(bind: claim.startedAt)
                RETURNING name
                """
            ).first() != nil
        }
    }
}

extension Duration {
    /// Whole milliseconds, the unit of the lease columns.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
