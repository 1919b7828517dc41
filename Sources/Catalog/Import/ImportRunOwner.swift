import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process that is writing an import run, as `host/pid` on the run row: lets a resume refuse to take over a
/// run that is still being written, and the staff page tell a running import from an interrupted one.
enum ImportRunOwner {
    /// This process.
    static let current = "\(hostName)/\(getpid())"

    /// Whether the process named by `owner` is alive: nil when it runs on another host and cannot be asked.
    static func isAlive(_ owner: String?) -> Bool? {
        guard let owner, let slash = owner.lastIndex(of: "/") else { return false }
        guard owner[..<slash] == hostName else { return nil }
        guard let pid = Int32(owner[owner.index(after: slash)...]), pid > 0 else { return false }
        if owner == current { return true }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        return !isZombie(pid)
    }

    /// A killed process nobody has reaped yet still answers `kill(pid, 0)`; Linux shows it as state `Z`.
    private static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    private static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
