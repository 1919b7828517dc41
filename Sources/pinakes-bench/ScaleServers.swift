import Foundation

/// `pinakes serve` processes (the release binary) on one database, each on its own loopback port, with the
/// circulation jobs off; standard error goes to a log file per process for when one fails.
final class ScaleServers {
    let ports: [Int]
    private let processes: [Process]
    private let logs: [String]

    private init(ports: [Int], processes: [Process], logs: [String]) {
        self.ports = ports
        self.processes = processes
        self.logs = logs
    }

    /// The process ids, for the CPU accounting.
    var pids: [Int32] { processes.map(\.processIdentifier) }

    /// Starts `count` servers on `database` and waits until each answers `GET /health`.
    static func start(count: Int, binary: String, database: String, folder: String) throws -> ScaleServers {
        var ports: [Int] = []
        var processes: [Process] = []
        var logs: [String] = []
        for index in 0..<count {
            let port = try FreePort.pick()
            let log = folder + "/serve-\(count)-\(index).log"
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["serve", "--database", database, "--port", String(port), "--jobs-every", "0"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle(forWritingAtPath: log)
            try process.run()
            ports.append(port)
            processes.append(process)
            logs.append(log)
        }
        let servers = ScaleServers(ports: ports, processes: processes, logs: logs)
        do {
            for index in 0..<count { try servers.waitUntilHealthy(index) }
        } catch {
            servers.stop()
            throw error
        }
        return servers
    }

    /// Stops every server (SIGTERM, then SIGKILL after 10 s).
    func stop() {
        for process in processes where process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(10)
        for process in processes {
            while process.isRunning && Date() < deadline { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    private func waitUntilHealthy(_ index: Int) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard processes[index].isRunning else {
                throw BenchError("pinakes serve on port \(ports[index]) exited: \(logTail(index))")
            }
            if let client = try? BlockingHTTPClient(port: ports[index], token: ""),
                let answer = try? client.get("/health"), answer.status == 200
            {
                return
            }
            usleep(100_000)
        }
        throw BenchError("pinakes serve on port \(ports[index]) did not answer /health in 60 s: \(logTail(index))")
    }

    private func logTail(_ index: Int) -> String {
        let text = (try? String(contentsOfFile: logs[index], encoding: .utf8)) ?? ""
        return String(text.suffix(400))
    }
}
