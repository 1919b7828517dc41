import Foundation
import PinakesCore
import PinakesTestSupport
import SQLKit
import Synchronization
import Testing

/// A clock the lease tests move by whole milliseconds.
final class LeaseClock: Sendable {
    private let millis = Mutex<Int64>(1_780_000_000_000)
    var clock: Clock { Clock { [self] in Date(timeIntervalSince1970: Double(millis.withLock { $0 }) / 1000) } }
    var now: Int64 { millis.withLock { $0 } }
    func advance(_ duration: Duration) { millis.withLock { $0 += duration.components.seconds * 1000 } }
    func advance(milliseconds: Int64) { millis.withLock { $0 += milliseconds } }
}

/// Two "processes": two handles on one database, each with a holder of its own.
struct LeaseRivals {
    let first: JobLease
    let second: JobLease
    let time: LeaseClock
    private let handles: [Database]

    static func open(_ backend: Database.Backend) async throws -> LeaseRivals {
        let time = LeaseClock()
        let node = try await TestDatabase.node(backend, clock: time.clock)
        let other = try Database.open(node.database.location)
        return LeaseRivals(
            first: JobLease(database: node.database, clock: time.clock, holder: "host-a:1:aaaaaa"),
            second: JobLease(database: other, clock: time.clock, holder: "host-b:2:bbbbbb"), time: time,
            handles: [node.database, other])
    }

    func close() async { for handle in handles { await handle.shutdown() } }
}

extension JobLease {
    /// A claim as a process running the job every minute with a 30 s lease makes it.
    func claim(_ name: String) async throws -> Claim? {
        try await claim(name, interval: .seconds(60), lease: .seconds(30))
    }
}

@Suite struct JobLeasesRunEachDueJobInOneProcess {
    @Test(arguments: TestDatabase.backends)
    func holdersRacingForOneDueJobGiveItToExactlyOne(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let contenders = (0..<8).map { n in
            JobLease(
                database: n % 2 == 0 ? rivals.first.database : rivals.second.database, clock: rivals.time.clock,
                holder: "host:\(n):race")
        }
        let winners = try await withThrowingTaskGroup(of: JobLease.Claim?.self) { group in
            for contender in contenders {
                group.addTask { try await contender.claim("circulation") }
            }
            var won: [JobLease.Claim] = []
            for try await claim in group { if let claim { won.append(claim) } }
            return won
        }
        #expect(winners.count == 1)
        let runs = try await rivals.first.runs(of: "circulation")
        #expect(runs.count == 1 && runs.first?.holder == winners.first?.holder && runs.first?.outcome == "running")
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func theWinnersFinishSetsTheNextDueTimeAndNobodyClaimsBeforeIt(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let start = rivals.time.now
        let claim = try #require(try await rivals.first.claim("sharing"))
        #expect(try await rivals.second.claim("sharing") == nil)
        rivals.time.advance(.seconds(2))
        #expect(try await rivals.first.finish(claim, .succeeded("sent 3"), interval: .seconds(60)))
        let status = try #require(try await rivals.second.statuses().first)
        #expect(status.name == "sharing" && status.holder == nil && status.nextDueAt == start + 60_000)
        #expect(status.lastStartedAt == start && status.lastFinishedAt == start + 2_000)
        #expect(status.lastHolder == "host-a:1:aaaaaa" && status.runs == 1 && status.lastError == nil)

        rivals.time.advance(.seconds(57))  // 59 s after the start
        #expect(try await rivals.second.claim("sharing") == nil)
        #expect(try await rivals.first.claim("sharing") == nil)
        rivals.time.advance(.seconds(1))  // due now
        let next = try #require(try await rivals.second.claim("sharing"))
        #expect(next.holder == "host-b:2:bbbbbb" && next.startedAt == start + 60_000)
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func aProcessWithAShorterIntervalDoesNotWaitForTheLongerOne(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let claim = try #require(
            try await rivals.first.claim("circulation", interval: .seconds(300), lease: .seconds(30)))
        try await rivals.first.finish(claim, .succeeded("done"), interval: .seconds(300))
        rivals.time.advance(.seconds(1))
        #expect(try await rivals.second.claim("circulation", interval: .seconds(2), lease: .seconds(30)) == nil)
        rivals.time.advance(.seconds(1))
        #expect(try await rivals.second.claim("circulation", interval: .seconds(2), lease: .seconds(30)) != nil)
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func aLeaseLeftByADeadHolderIsTakenOverOnceItExpires(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let dead = try #require(try await rivals.first.claim("harvest"))
        rivals.time.advance(.seconds(30))  // the lease runs until now, inclusive
        #expect(try await rivals.second.claim("harvest") == nil)
        rivals.time.advance(milliseconds: 1)
        let taken = try #require(try await rivals.second.claim("harvest"))
        #expect(taken.holder == "host-b:2:bbbbbb")

        // The first holder comes back to life: it can neither renew nor finish the job it lost.
        #expect(try await !rivals.first.renew(dead, lease: .seconds(30)))
        #expect(try await !rivals.first.finish(dead, .succeeded("late"), interval: .seconds(300)))
        let status = try #require(try await rivals.first.statuses().first)
        #expect(status.holder == "host-b:2:bbbbbb" && status.runs == 0)
        #expect(try await rivals.second.renew(taken, lease: .seconds(30)))
        #expect(try await rivals.second.finish(taken, .succeeded("done"), interval: .seconds(300)))

        let runs = try await rivals.first.runs(of: "harvest")
        #expect(runs.map(\.holder) == ["host-b:2:bbbbbb", "host-a:1:aaaaaa"])
        #expect(runs.map(\.outcome) == ["ok", "ok"])
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func aRenewedLeaseIsNotTakenOverWhileItsHolderWorks(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let claim = try #require(try await rivals.first.claim("harvest"))
        for _ in 0..<5 {
            rivals.time.advance(.seconds(20))
            #expect(try await rivals.first.renew(claim, lease: .seconds(30)))
            #expect(try await rivals.second.claim("harvest") == nil)
        }
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func aFailedRunRecordsItsErrorAndIsTriedAgainAtTheNextDueTime(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let failed = try #require(try await rivals.first.claim("circulation"))
        try await rivals.first.finish(failed, .failed("targeter: connection refused"), interval: .seconds(10))
        var status = try #require(try await rivals.first.statuses().first)
        #expect(status.lastError == "targeter: connection refused" && status.runs == 1)
        #expect(try await rivals.second.claim("circulation") == nil)
        rivals.time.advance(.seconds(10))
        let retried = try #require(try await rivals.second.claim("circulation"))
        try await rivals.second.finish(retried, .succeeded("all done"), interval: .seconds(10))
        status = try #require(try await rivals.first.statuses().first)
        #expect(status.lastError == nil && status.runs == 2)
        let runs = try await rivals.first.runs(of: "circulation")
        #expect(runs.map(\.outcome) == ["ok", "failed"])
        #expect(runs.map(\.summary) == ["all done", "targeter: connection refused"])
        #expect(runs.allSatisfy { $0.finishedAt != nil })
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func aStoppedRunLeavesTheJobDueForAnotherProcess(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let stopped = try #require(try await rivals.first.claim("harvest"))
        rivals.time.advance(.seconds(1))
        try await rivals.first.finish(stopped, .stopped("shutting down"), interval: .seconds(300))
        let next = try #require(try await rivals.second.claim("harvest"))
        #expect(next.holder == "host-b:2:bbbbbb")
        await rivals.close()
    }

    @Test(arguments: TestDatabase.backends)
    func theHistoryKeepsTheLatestRunsOfEachJob(backend: Database.Backend) async throws {
        let rivals = try await LeaseRivals.open(backend)
        let total = JobLease.historyKept + 5
        for n in 0..<total {
            let claim = try #require(try await rivals.first.claim("sharing"))
            try await rivals.first.finish(claim, .succeeded("run \(n)"), interval: .seconds(1))
            rivals.time.advance(.seconds(1))
        }
        let other = try #require(try await rivals.first.claim("harvest"))
        try await rivals.first.finish(other, .succeeded("other job"), interval: .seconds(1))
        let counts = try await rivals.first.database.withConnection { sql in
            try await sql.raw("SELECT name, COUNT(*) AS n FROM job_run GROUP BY name ORDER BY name")
                .all().map {
                    (try $0.decode(column: "name", as: String.self), try $0.decode(column: "n", as: Int64.self))
                }
        }
        #expect(counts.map(\.0) == ["harvest", "sharing"])
        #expect(counts.map(\.1) == [1, Int64(JobLease.historyKept)])
        let newest = try await rivals.first.runs(of: "sharing", limit: 1)
        #expect(newest.first?.summary == "run \(total - 1)")
        let status = try #require(try await rivals.first.statuses().first(where: { $0.name == "sharing" }))
        #expect(status.runs == Int64(total))
        await rivals.close()
    }
}
