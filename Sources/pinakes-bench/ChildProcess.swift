import Foundation

/// A program run to its end with its standard output captured (standard error passes through or is dropped).
enum ChildProcess {
    struct Result: Sendable {
        var status: Int32
        var output: String
    }

    /// Runs `arguments[0]` found on PATH; nil when it cannot be started.
    static func run(_ arguments: [String], passStandardError: Bool = false) -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        if !passStandardError { process.standardError = FileHandle.nullDevice }
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Whether `name` is an executable on PATH.
    static func exists(_ name: String) -> Bool {
        run(["sh", "-c", "command -v \(name)"])?.status == 0
    }
}
