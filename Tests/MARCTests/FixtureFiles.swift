import Foundation

/// Paths to committed fixtures and to the shared data set beside the clone (`../shared/data`).
enum FixtureFiles {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// A committed fixture under `Tests/MARCTests/Fixtures`.
    static func path(_ name: String) -> String { testsDirectory.appendingPathComponent("Fixtures/" + name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The shared data directory (not committed: some sources are copyleft).
    static let sharedData = testsDirectory.appendingPathComponent("../../../shared/data").standardizedFileURL.path

    static var hasSharedData: Bool { FileManager.default.fileExists(atPath: sharedData + "/MANIFEST.md") }

    static func shared(_ name: String) -> String { sharedData + "/" + name }
}
