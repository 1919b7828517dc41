import Foundation

/// CPU seconds spent by the app servers, the PostgreSQL server, this process (the load generator) and the whole
/// machine, read from /proc; two readings give where a measured phase's time went.
struct ScaleCPU: Sendable {
    var machine = 0.0
    var app = 0.0
    var postgres = 0.0
    var bench = 0.0
    var taken = Date()

    /// A reading now; `postmaster` counts the server and every backend it forked.
    static func read(app: [Int32], postmaster: Int32?) -> ScaleCPU {
        var reading = ScaleCPU()
        reading.machine = machineBusySeconds()
        reading.app = app.reduce(0) { $0 + (processSeconds($1)?.seconds ?? 0) }
        if let postmaster {
            let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap { Int32($0) } ?? []
            for pid in pids {
                guard let process = processSeconds(pid), pid == postmaster || process.parent == postmaster else {
                    continue
                }
                reading.postgres += process.seconds
            }
        }
        reading.bench = processSeconds(getpid())?.seconds ?? 0
        return reading
    }

    /// Per cent of one core used between `start` and this reading: app, PostgreSQL, load generator, other.
    func usage(since start: ScaleCPU) -> (app: Double, postgres: Double, bench: Double, other: Double) {
        let wall = max(0.001, taken.timeIntervalSince(start.taken))
        func percent(_ value: Double) -> Double { max(0, value) / wall * 100 }
        let app = percent(self.app - start.app)
        let postgres = percent(self.postgres - start.postgres)
        let bench = percent(self.bench - start.bench)
        let machine = percent(self.machine - start.machine)
        return (app, postgres, bench, max(0, machine - app - postgres - bench))
    }

    private static let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// User and system time of one process and its parent's id, from /proc/PID/stat.
    private static func processSeconds(_ pid: Int32) -> (seconds: Double, parent: Int32)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        // After "pid (comm) ": state, ppid, …; utime and stime are the 12th and 13th fields from there.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let parent = Int32(fields[1]), let user = Double(fields[11]),
            let system = Double(fields[12])
        else { return nil }
        return ((user + system) / ticks, parent)
    }

    /// Busy time of every core together (everything but idle and I/O wait), from /proc/stat.
    private static func machineBusySeconds() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let line = text.split(separator: "\n").first
        else { return 0 }
        let values = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard values.count >= 5 else { return 0 }
        return (values.prefix(8).reduce(0, +) - values[3] - values[4]) / ticks
    }
}
