import Foundation

/// One of PostgreSQL's client programs (`pg_dump`, `pg_restore`), found on this machine and run to completion.
///
/// The newest version wins (a newer `pg_dump` reads older servers, not the reverse): Debian's
/// `/usr/lib/postgresql/N/bin` folders first, highest N, then `PATH`.
public struct PostgresClientTool: Sendable {
    /// The program's path.
    public let path: String

    /// Finds `name`; throws with what to install when it is nowhere.
    public init(_ name: String) throws {
        if let found = Self.locate(name) {
            path = found
            return
        }
        throw PinakesError.notFound(
            "\(name) not found in /usr/lib/postgresql/*/bin or on PATH: install the PostgreSQL client "
                + "(apt-get install postgresql-client) in a version at least the server's")
    }

    static func locate(_ name: String) -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { entry in Int(entry).map { ($0, entry) } }
            .sorted { $0.0 > $1.0 }
        for (_, folder) in versions {
            let candidate = "\(root)/\(folder)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program with `arguments` and a connection `url`; the URL's password goes in `PGPASSWORD`, not on
    /// the command line where `ps` shows it. Returns standard output; throws with standard error on failure.
    @discardableResult
    public func run(_ arguments: [String], url: String) throws -> String {
        var components = URLComponents(string: url)
        var environment = ProcessInfo.processInfo.environment
        if let password = components?.password {
            environment["PGPASSWORD"] = password
            components?.password = nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments.map { $0 == Self.urlPlaceholder ? (components?.string ?? url) : $0 }
        process.environment = environment
        // Standard error goes to a file, so a chatty program never stalls on a full pipe we are not reading.
        let errorPath = NSTemporaryDirectory() + "pinakes-\(UUID().uuidString).stderr"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = ((try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let name = (path as NSString).lastPathComponent
            throw PinakesError.invalidInput(
                "\(name) failed (exit \(process.terminationStatus)): \(text.isEmpty ? "no message" : text)")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// Stands for the connection URL in `run`'s arguments.
    public static let urlPlaceholder = "{url}"
}
