import Foundation
import Synchronization

/// Runs `clients` threads at once, each doing its own list of operations as fast as it can, and reports
/// operations per second with latency percentiles.
enum LoadDriver {
    struct Figures: Sendable {
        var clients: Int
        var done: Int
        var failed: Int
        var seconds: Double
        var p50: Double
        var p99: Double
        var p95 = 0.0
        var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }
        var firstFailure: String?
    }

    /// `connect` makes each thread's client; `operation(client, work)` does one operation and says whether it
    /// succeeded. Thread `i` works through `work[i]` or stops at `limit` seconds. Returns the figures and the
    /// work items that succeeded.
    static func run<Client, Work: Sendable>(
        work: [[Work]], limit: Double, connect: @escaping @Sendable (Int) throws -> Client,
        operation: @escaping @Sendable (Client, Work) throws -> Bool
    ) -> (Figures, [Work]) {
        let clients = work.count
        let results = Mutex<(done: Int, failed: Int, latencies: [Double], failure: String?, succeeded: [Work])>(
            (0, 0, [], nil, []))
        let group = DispatchGroup()
        let start = Date()
        for client in 0..<clients {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                var latencies: [Double] = []
                var done = 0
                var failed = 0
                var failure: String?
                var succeeded: [Work] = []
                do {
                    let connection = try connect(client)
                    for item in work[client] {
                        if Date().timeIntervalSince(start) > limit { break }
                        let began = Date()
                        do {
                            if try operation(connection, item) {
                                done += 1
                                succeeded.append(item)
                            } else {
                                failed += 1
                            }
                        } catch {
                            failed += 1
                            failure = failure ?? "\(error)"
                        }
                        latencies.append(Date().timeIntervalSince(began) * 1000)
                    }
                } catch {
                    failure = "\(error)"
                }
                results.withLock {
                    $0.done += done
                    $0.failed += failed
                    $0.latencies += latencies
                    $0.failure = $0.failure ?? failure
                    $0.succeeded += succeeded
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        let seconds = Date().timeIntervalSince(start)
        return results.withLock { value in
            let sorted = value.latencies.sorted()
            func percentile(_ p: Double) -> Double {
                sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
            }
            let figures = Figures(
                clients: clients, done: value.done, failed: value.failed, seconds: seconds, p50: percentile(0.5),
                p99: percentile(0.99), p95: percentile(0.95), firstFailure: value.failure)
            return (figures, value.succeeded)
        }
    }
}
