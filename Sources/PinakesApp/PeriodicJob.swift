import Logging
import PinakesCore
import ServiceLifecycle

/// A job shared by every process on one database: each tick it tries to claim the job's lease, runs one pass
/// when it wins, records how the pass ended, and sleeps until the next tick. Graceful shutdown or cancellation
/// ends the sleep at once and stops a running pass, which leaves the job due for another process.
public struct PeriodicJob: Service {
    /// A pass that did part of its work and failed in the rest: recorded as a failure with this text.
    public struct PartlyFailed: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// The lease row's name, e.g. `circulation`.
    public let name: String
    /// Time from the start of one run to the start of the next.
    public let interval: Duration
    public let leases: JobLease
    /// How long a claim holds before another process may take the job over; renewed every third of it while
    /// a pass runs, so only a process that died (or hangs) loses it.
    public let lease: Duration
    /// How often this process looks for due work: at most 5 s, so a job left by a dead process is picked up soon
    /// after its lease expires.
    public let tick: Duration
    public let logger: Logger
    let pass: @Sendable () async throws -> String

    public init(
        name: String, interval: Duration, leases: JobLease, lease: Duration = .seconds(30), tick: Duration? = nil,
        logger: Logger, pass: @escaping @Sendable () async throws -> String
    ) {
        self.name = name
        self.interval = interval
        self.leases = leases
        self.lease = lease
        self.tick = tick ?? min(interval, .seconds(5))
        self.logger = logger
        self.pass = pass
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            await runIfDue()
            let tick = self.tick
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) }
        }
    }

    /// Claims the job and runs one pass when it is due and free; the outcome, or nil when there was nothing to
    /// do here (not due, or another process holds it).
    @discardableResult
    public func runIfDue() async -> JobLease.Outcome? {
        let claim: JobLease.Claim
        do {
            guard let won = try await leases.claim(name, interval: interval, lease: lease) else { return nil }
            claim = won
        } catch {
            logger.warning("job \(name): cannot claim its lease: \(error)")
            return nil
        }
        let started = ContinuousClock.now
        let outcome = await perform(claim)
        JobMetrics.record(job: name, outcome: outcome, took: ContinuousClock.now - started)
        switch outcome {
        case .succeeded(let summary): logger.debug("job \(name): \(summary)")
        case .failed(let error): logger.warning("job \(name) failed: \(error)")
        case .stopped(let why): logger.info("job \(name) stopped: \(why)")
        }
        do {
            if try await !leases.finish(claim, outcome, interval: interval) {
                logger.warning("job \(name): its lease passed to another process before this run finished")
            }
        } catch {
            logger.warning("job \(name): cannot record its run: \(error)")
        }
        return outcome
    }

    /// Runs the pass beside a heartbeat that renews the lease; graceful shutdown cancels both.
    private func perform(_ claim: JobLease.Claim) async -> JobLease.Outcome {
        let (pass, leases, lease, logger, name) = (self.pass, self.leases, self.lease, self.logger, self.name)
        return await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: lease / 3)
                        guard !Task.isCancelled else { return }
                        do {
                            if try await !leases.renew(claim, lease: lease) {
                                logger.warning("job \(name): lease lost to another process while running")
                                return
                            }
                        } catch {
                            logger.warning("job \(name): cannot renew its lease: \(error)")
                        }
                    }
                }
                let outcome: JobLease.Outcome
                do {
                    outcome = .succeeded(try await pass())
                } catch {
                    outcome = Task.isCancelled ? .stopped("shutting down (\(error))") : .failed("\(error)")
                }
                group.cancelAll()
                return outcome
            }
        }
    }
}
