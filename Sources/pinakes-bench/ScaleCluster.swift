import Foundation

/// A private PostgreSQL cluster for one benchmark run: `initdb` in a temporary folder (as the `postgres` user
/// when run as root), a server on a free loopback port, stopped and removed by `stop`.
struct ScaleCluster: Sendable {
    let folder: String
    let port: Int
    let binaries: String
    let settings: [String]

    /// The account URL that may create databases (trust authentication on loopback).
    var adminURL: String { "postgres://pinakes@127.0.0.1:\(port)/postgres?sslmode=disable" }

    /// The postmaster's process id, from `postmaster.pid`.
    var serverPID: Int32? {
        guard let text = try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Starts a cluster that allows `connections` connections; `settings` are extra `-c name=value` pairs.
    static func start(connections: Int, settings: [String]) throws -> ScaleCluster {
        guard let binaries = installedBinaries() else {
            throw BenchError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): pass --postgres URL")
        }
        let folder = NSTemporaryDirectory() + "pinakes-bench-scale-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let root = getuid() == 0
        if root { _ = ChildProcess.run(["chown", "postgres", folder]) }
        let cluster = ScaleCluster(
            folder: folder, port: try FreePort.pick(), binaries: binaries,
            settings: ["max_connections=\(connections)"] + settings)
        let initdb = [
            binaries + "/initdb", "-D", folder + "/data", "-U", "pinakes", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8",
        ]
        guard cluster.run(initdb) else {
            try? FileManager.default.removeItem(atPath: folder)
            throw BenchError("initdb in \(folder) failed")
        }
        let options =
            "-p \(cluster.port) -k \(folder) -c listen_addresses=127.0.0.1 "
            + cluster.settings.map { "-c \($0)" }.joined(separator: " ")
        let started = cluster.run([
            binaries + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "-o", options, "start",
        ])
        guard started else {
            let log = (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? ""
            cluster.stop()
            throw BenchError("the private PostgreSQL cluster did not start: \(log.suffix(400))")
        }
        return cluster
    }

    /// Stops the server (fast shutdown) and removes its folder.
    func stop() {
        _ = run([binaries + "/pg_ctl", "-D", folder + "/data", "-m", "fast", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The server's version line, e.g. "postgres (PostgreSQL) 15.14".
    var version: String {
        ChildProcess.run([binaries + "/postgres", "--version"])?.output.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "PostgreSQL"
    }

    /// Runs a PostgreSQL program to its end, as the `postgres` user when this process is root (initdb refuses
    /// root), output to /dev/null. Spawned and reaped directly: Foundation's `Process` waits for every holder of
    /// a descriptor it gives the child, and the server that `pg_ctl start` leaves running would be one.
    private func run(_ arguments: [String]) -> Bool {
        let command = ["/usr/bin/env"] + (getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []) + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }

    /// The newest `/usr/lib/postgresql/<version>/bin`.
    private static func installedBinaries() -> String? {
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return versions.compactMap { Int($0) }.sorted().last.map { "\(base)/\($0)/bin" }
            .flatMap { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") ? $0 : nil }
    }
}

/// A TCP port on loopback that nothing listens on at the moment it is picked.
enum FreePort {
    static func pick() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchError("socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw BenchError("no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
