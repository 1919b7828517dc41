import Foundation
import Logging
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import ServiceLifecycle
import Synchronization
import Testing

/// What the passes of a test job saw: how many ran, and whether two ever ran at once.
final class PassLog: Sendable {
    private let state = Mutex<(running: Int, overlapped: Bool, passes: Int)>((0, false, 0))

    var passes: Int { state.withLock { $0.passes } }
    var overlapped: Bool { state.withLock { $0.overlapped } }

    /// A pass that takes `duration` and notes itself.
    func pass(taking duration: Duration) -> @Sendable () async throws -> String {
        { [self] in
            state.withLock {
                $0.running += 1
                if $0.running > 1 { $0.overlapped = true }
            }
            defer {
                state.withLock {
                    $0.running -= 1; $0.passes += 1
                }
            }
            try await Task.sleep(for: duration)
            return "slept"
        }
    }

    /// Waits (at most `limit`) until `count` passes have finished.
    func wait(for count: Int, limit: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + limit
        while passes < count && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
    }
}

/// Runs `services` in a service group until `body` returns, then shuts it down gracefully; returns how long
/// the group took to stop.
func runThenShutDown(
    _ services: [any Service], _ body: @Sendable () async throws -> Void
) async throws -> Duration {
    let group = ServiceGroup(
        configuration: ServiceGroupConfiguration(services: services, logger: Logger(label: "jobs.test")))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        try await body()
        let asked = ContinuousClock.now
        await group.triggerGracefulShutdown()
        try await tasks.next()
        return ContinuousClock.now - asked
    }
}

@Suite struct PeriodicJobsShareOneScheduleAndStopAtOnce {
    @Test(arguments: TestDatabase.backends)
    func twoServicesOnOneDatabaseRunTheJobOncePerDueTime(backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        let other = try Database.open(node.database.location)
        let log = PassLog()
        let interval = Duration.milliseconds(300)
        let jobs = [("a", node.database), ("b", other)].map { holder, database in
            PeriodicJob(
                name: "test-job", interval: interval,
                leases: JobLease(database: database, holder: "host-\(holder):1:test"), tick: .milliseconds(25),
                logger: Logger(label: "jobs.test"), pass: log.pass(taking: .milliseconds(40)))
        }
        _ = try await runThenShutDown(jobs) { try await log.wait(for: 6) }
        #expect(!log.overlapped)

        let runs = try await JobLease(database: node.database).runs(of: "test-job", limit: 100).reversed()
        #expect(runs.count >= 6 && runs.count == log.passes)
        for (earlier, later) in zip(runs, runs.dropFirst()) {
            let finished = try #require(earlier.finishedAt)
            #expect(later.startedAt >= finished, "runs \(earlier.id) and \(later.id) overlap")
            #expect(later.startedAt - earlier.startedAt >= 300, "run \(later.id) started before it was due")
        }
        // Shutdown may catch one more pass under way: that last run is stopped, every other one ran to its end.
        #expect(runs.dropLast().allSatisfy { $0.outcome == "ok" })
        #expect(
            ["ok", "stopped"].contains(runs.last?.outcome ?? ""), "the last run ended \(runs.last?.outcome ?? "-")")
        await other.shutdown()
        await node.shutdown()
    }

    @Test func gracefulShutdownEndsTheWaitForTheNextTick() async throws {
        let node = try await TestDatabase.node(.sqlite)
        let log = PassLog()
        let job = PeriodicJob(
            name: "slow-tick", interval: .seconds(600), leases: JobLease(database: node.database),
            tick: .seconds(600), logger: Logger(label: "jobs.test"), pass: log.pass(taking: .zero))
        let stopping = try await runThenShutDown([job]) { try await log.wait(for: 1) }
        #expect(log.passes == 1)
        #expect(stopping < .seconds(60), "the service took \(stopping) to stop")  // not the 600 s wait
        await node.shutdown()
    }

    @Test func gracefulShutdownStopsARunningPassAndLeavesTheJobDue() async throws {
        let node = try await TestDatabase.node(.sqlite)
        let leases = JobLease(database: node.database)
        let started = Mutex(false)
        let job = PeriodicJob(
            name: "long-pass", interval: .seconds(600), leases: leases, logger: Logger(label: "jobs.test")
        ) {
            started.withLock { $0 = true }
            try await Task.sleep(for: .seconds(600))
            return "never"
        }
        let stopping = try await runThenShutDown([job]) {
            while !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(stopping < .seconds(60), "the service took \(stopping) to stop")  // not the 600 s wait
        let run = try #require(try await leases.runs(of: "long-pass").first)
        #expect(run.outcome == "stopped" && run.finishedAt != nil)
        let status = try #require(try await leases.statuses().first)
        #expect(status.holder == nil && status.nextDueAt <= leases.nowMillis)
        await node.shutdown()
    }

    @Test func aFailingPassIsRecordedAndTheServiceGoesOn() async throws {
        let node = try await TestDatabase.node(.sqlite)
        let leases = JobLease(database: node.database)
        let attempts = Mutex(0)
        let job = PeriodicJob(
            name: "failing", interval: .milliseconds(100), leases: leases, tick: .milliseconds(20),
            logger: Logger(label: "jobs.test")
        ) {
            let attempt = attempts.withLock {
                $0 += 1; return $0
            }
            if attempt == 1 { throw PeriodicJob.PartlyFailed("mail: relay refused") }
            return "attempt \(attempt)"
        }
        _ = try await runThenShutDown([job]) {
            while attempts.withLock({ $0 }) < 3 { try await Task.sleep(for: .milliseconds(20)) }
        }
        let runs = try await leases.runs(of: "failing").reversed().map { $0 }
        #expect(runs.first?.outcome == "failed" && runs.first?.summary == "mail: relay refused")
        #expect(runs.dropFirst().allSatisfy { $0.outcome == "ok" } && runs.count >= 2)
        #expect(try await leases.statuses().first?.lastError == nil)
        await node.shutdown()
    }
}
